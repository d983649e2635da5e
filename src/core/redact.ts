/** Runs of this many characters of a secret are hidden wherever they appear. */
const RUN = 8
const REDACTED = '[redacted]'
/** What a reader skips (tags, whitespace) or decodes (%XX, JSON's \uXXXX and \x) between a secret's characters. */
const UNITS = /<[^<>]*>|\s|%([\da-f]{2})|\\u([\da-f]{4})|\\([^u])|[^]/giu
/** The same without tags: a secret can also stand inside angle brackets, `<key>`. */
const UNITS_IN_TAGS = /\s|%([\da-f]{2})|\\u([\da-f]{4})|\\([^u])|[^]/giu

/**
 * `text` with every run of 8 or more characters of `secret` (the whole secret when shorter)
 * replaced, also where the run is split by tags or whitespace, or percent- or JSON-encoded:
 * so an excerpt cut anywhere, or a page that broke the key with `<wbr>`, shows none of it.
 */
export function redactText(text: string, secret: string | undefined): string {
  return redactUnits(redactUnits(text, secret, UNITS), secret, UNITS_IN_TAGS)
}

function redactUnits(text: string, secret: string | undefined, units: RegExp): string {
  if (!secret || !text) return text
  const n = Math.min(RUN, secret.length)
  const chars: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  for (const m of text.matchAll(units)) {
    const hex = m[1] ?? m[2]
    const ch = hex ? String.fromCharCode(parseInt(hex, 16)) : (m[3] ?? (m[0].length > 1 || /\s/.test(m[0]) ? '' : m[0]))
    if (ch) chars.push(ch), starts.push(m.index), ends.push(m.index + m[0].length)
  }
  const inSecret = (end: number) => secret.includes(chars.slice(end - n, end).join(''))
  let out = ''
  let copied = 0
  for (let j = n; j <= chars.length; j++) {
    if (!inSecret(j)) continue
    // Extend the run while each next window is still part of the secret.
    let last = j
    while (last < chars.length && inSecret(last + 1)) last++
    out += text.slice(copied, starts[j - n]) + REDACTED
    copied = ends[last - 1]!
    j = last + n - 1
  }
  return copied ? out + text.slice(copied) : text
}

/** A copy of a JSON-like value (error details, headers) with `redactText` applied to every string in it. */
export function redact<T>(value: T, secret: string | undefined, depth = 0): T {
  if (!secret || typeof value !== 'object' || value === null) return (typeof value === 'string' ? redactText(value, secret) : value) as T
  // Error bodies are capped in size, but could still nest deeper than a stack: cut there.
  if (depth > 64) return REDACTED as T
  if (Array.isArray(value)) return value.map((item) => redact(item, secret, depth + 1)) as T
  const out: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) out[redactText(key, secret)] = redact(item, secret, depth + 1)
  return out as T
}

/**
 * The runtime's error, as a ConnectionError's `cause`: kept as it is unless it (or a cause
 * inside it) carries part of the secret; then a plain copy with the secret redacted.
 */
export function redactCause(error: unknown, secret: string | undefined, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 4) return redact(error, secret)
  const cause = redactCause(error.cause, secret, depth + 1)
  const own = redact({ ...error }, secret)
  const copy = Object.assign(new Error(redactText(error.message, secret), { cause }), own)
  copy.name = error.name
  copy.stack = redactText(error.stack ?? '', secret)
  let same = copy.message === error.message && copy.stack === (error.stack ?? '') && cause === error.cause
  try {
    same &&= JSON.stringify(own) === JSON.stringify({ ...error })
  } catch {
    same = false // circular or unserialisable: keep the copy
  }
  return same ? error : copy
}
