import { type Keyed, lowerBound } from './lower-bound.ts'
import { type PageMeta, cursorOf, pageStart } from './paging.ts'

/**
 * A newest-first page of the `items` that pass `keep`, `items` being kept ascending by
 * (createdAt, id) (a `Listed`'s `sorted`). A cursor names the last item returned (and how many
 * came before it, for `page`): the walk starts at its place, found by binary search, and stops once
 * the page is full, so items added meanwhile are neither repeated nor skipped. Pass `total` when it
 * is known cheaply (then a page costs what it holds when every item passes); else it is counted,
 * in one pass without allocation.
 */
export function keysetPage<T extends Keyed>(items: readonly T[], q: URLSearchParams, keep: (item: T) => boolean, total?: number): { data: T[]; meta: PageMeta } {
  const { size, offset, key } = pageStart(q)
  const n = items.length
  if (total === undefined) {
    total = 0
    for (const item of items) if (keep(item)) total++
  }
  // The walk visits items[at - 1], items[at - 2], …, passing over `skip` matches first.
  let at = key ? lowerBound(items, key) : total === n ? Math.max(n - offset, 0) : n
  let skip = key || total === n ? 0 : offset
  const data: T[] = []
  let hasMore = false
  while (at > 0) {
    const item = items[--at] as T
    if (!keep(item)) continue
    if (skip) skip--
    else if (data.length < size) data.push(item)
    else {
      hasMore = true
      break
    }
  }
  const meta: PageMeta = { total, page: Math.floor(offset / size) + 1, pageSize: size, hasMore }
  const last = data[size - 1]
  if (hasMore && last) meta.nextCursor = cursorOf({ o: offset + size, createdAt: last.createdAt, id: last.id })
  return { data, meta }
}
