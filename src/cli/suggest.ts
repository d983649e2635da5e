/** Edit distance (insertions, deletions, substitutions), for "did you mean". */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]!
}

/** The closest of `known` to a misspelled `word`, when it is close enough to be what was meant. */
export function suggest(word: string, known: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of known) {
    const d = distance(word, candidate)
    if (d < bestDistance) [best, bestDistance] = [candidate, d]
  }
  // A third of the word may be wrong; a word inside a longer name (`programs` in `list-programs`) also counts.
  if (best !== undefined && (bestDistance <= Math.max(2, Math.floor(word.length / 3)))) return best
  for (const candidate of known) if (word.length >= 4 && candidate.includes(word)) return candidate
  return undefined
}

/** ` (did you mean X?)`, or nothing. */
export const didYouMean = (word: string, known: Iterable<string>, prefix = ''): string => {
  const hit = suggest(word, known)
  return hit === undefined ? '' : `; did you mean ${prefix}${hit}?`
}
