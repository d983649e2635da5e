import { fromBase64, fromUtf8, toBase64Url, utf8 } from './crypto/bytes.ts'
import { SandboxError } from './errors.ts'
import type { Keyed } from './lower-bound.ts'
import { qInt, qString } from './query.ts'

export type PageMeta = {
  total: number
  page: number
  pageSize: number
  hasMore: boolean
  nextCursor?: string
}

/** Where a page starts: `offset` items in, or (keyset lists, when given) right after the item `key`. */
export interface PageStart {
  size: number
  offset: number
  key?: Keyed
}

/**
 * AgentRef pagination over `cursor`, `limit`, `page`, `pageSize`, `offset`.
 * Size: `pageSize`, else `limit`, else 20 (1..100). Start: `cursor`, else `offset`, else
 * `(page - 1) * size`. A cursor is base64url JSON `{o: offset}`, plus `createdAt` and `id` of the
 * last item returned in the keyset cursors of `keysetPage` (lists sorted per request use `o`).
 */
export function pageStart(q: URLSearchParams): PageStart {
  const size = qInt(q, 'pageSize', 1, 100) ?? qInt(q, 'limit', 1, 100) ?? 20
  const cursor = qString(q, 'cursor')
  if (cursor === undefined) return { size, offset: qInt(q, 'offset', 0) ?? ((qInt(q, 'page', 1) ?? 1) - 1) * size }
  let c: { o?: unknown; createdAt?: unknown; id?: unknown } | null | undefined
  try {
    c = JSON.parse(fromUtf8(fromBase64(cursor)))
  } catch {
    // an unknown cursor
  }
  if (!Number.isInteger(c?.o) || (c?.o as number) < 0) throw new SandboxError(400, 'VALIDATION_ERROR', 'Invalid query parameter "cursor": unknown cursor', { cursor: 'unknown cursor' })
  return { size, offset: c?.o as number, key: typeof c?.createdAt === 'string' && typeof c.id === 'string' ? (c as Keyed) : undefined }
}

/** An opaque cursor: base64url JSON. */
export const cursorOf = (value: object): string => toBase64Url(utf8(JSON.stringify(value)))

/** A page of `items` (already filtered and sorted), by `pageStart` (a keyset cursor by its offset). */
export function pageOf<T>(items: readonly T[], q: URLSearchParams): { data: T[]; meta: PageMeta } {
  const { size, offset } = pageStart(q)
  const data = items.slice(offset, offset + size)
  const hasMore = offset + size < items.length
  const meta: PageMeta = { total: items.length, page: Math.floor(offset / size) + 1, pageSize: size, hasMore }
  if (hasMore) meta.nextCursor = cursorOf({ o: offset + size })
  return { data, meta }
}

/** `page`/`per_page` slicing (AgentClick): 1-based page. */
export function numbered<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage)
}
