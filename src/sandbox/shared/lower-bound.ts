/** What the sorted lists are ordered by: `createdAt` (ISO-8601), then `id`. */
export interface Keyed {
  /** ISO datetime. */
  createdAt: string
  /** Breaks ties between equal createdAt. */
  id: string
}

/**
 * The first position in `items` (ascending by createdAt, id) whose item does not sort before
 * `key`: a binary search, after an O(1) look at the last item (a new item is most often the newest).
 */
export function lowerBound(items: readonly Keyed[], key: Keyed): number {
  const before = (i: number) => {
    const x = items[i] as Keyed
    return x.createdAt < key.createdAt || (x.createdAt === key.createdAt && x.id < key.id)
  }
  let hi = items.length
  if (!hi || before(hi - 1)) return hi
  let lo = 0
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
