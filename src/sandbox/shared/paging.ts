import { fromBase64, fromUtf8, toBase64Url, utf8 } from './crypto/bytes.ts'
import { SandboxError } from './errors.ts'
import { qInt, qString } from './query.ts'

export interface PageMeta {
  total: number
  page: number
  pageSize: number
  hasMore: boolean
  nextCursor?: string
}

const encodeCursor = (offset: number) => toBase64Url(utf8(JSON.stringify({ o: offset })))

function decodeCursor(cursor: string): number {
  try {
    const parsed = JSON.parse(fromUtf8(fromBase64(cursor))) as { o?: unknown }
    if (Number.isInteger(parsed.o) && (parsed.o as number) >= 0) return parsed.o as number
  } catch {
    // fall through
  }
  throw new SandboxError(400, 'VALIDATION_ERROR', 'Invalid query parameter "cursor": unknown cursor', { cursor: 'unknown cursor' })
}

/**
 * AgentRef pagination over `cursor`, `limit`, `page`, `pageSize`, `offset`.
 * Size: `pageSize`, else `limit`, else 20 (1..100). Start: `cursor`, else `offset`, else
 * `(page - 1) * size`. `nextCursor` is set whenever `hasMore` is true.
 */
export function pageOf<T>(items: readonly T[], q: URLSearchParams): { data: T[]; meta: PageMeta } {
  const size = qInt(q, 'pageSize', 1, 100) ?? qInt(q, 'limit', 1, 100) ?? 20
  const cursor = qString(q, 'cursor')
  const offset = cursor !== undefined ? decodeCursor(cursor) : qInt(q, 'offset', 0) ?? ((qInt(q, 'page', 1) ?? 1) - 1) * size
  const data = items.slice(offset, offset + size)
  const hasMore = offset + size < items.length
  const meta: PageMeta = { total: items.length, page: Math.floor(offset / size) + 1, pageSize: size, hasMore }
  if (hasMore) meta.nextCursor = encodeCursor(offset + size)
  return { data, meta }
}

/** `page`/`per_page` slicing (AgentClick): 1-based page. */
export function numbered<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage)
}
