import { AffiliateError } from '../core/errors/affiliate-error.ts'
import { paginateBy } from '../core/paginate.ts'
import type { CallOptions } from '../core/request.ts'
import type { AgentClickClient } from './client.ts'
import type { ListKey, PageParams } from './types.ts'

// The names of ListKey (types.ts), in the order they are looked for.
const LIST_KEYS = ['programs', 'partnerships', 'payouts', 'notifications'] as const
const DEFAULT_PER_PAGE = 20
// Program search caps per_page at 50: a bigger request comes back with 50, which is still a full page.
const SERVER_MAX_PER_PAGE = 50

/**
 * The item type of a list payload: the element type of its documented array field (a
 * {@link ListKey}), or of the payload itself when it is an array.
 */
export type ItemOf<R> = R extends readonly (infer I)[]
  ? I
  : { [KEY in ListKey]: R extends { [P in KEY]: readonly (infer I)[] } ? I : never }[ListKey]

function itemsOf(data: unknown): readonly unknown[] {
  if (Array.isArray(data)) return data
  if (data === undefined || data === null) return []
  const record = data as Record<string, unknown>
  const key = LIST_KEYS.find((k) => Array.isArray(record[k]))
  if (key) return record[key] as unknown[]
  const arrays = Object.values(record).filter(Array.isArray)
  if (arrays.length === 1) return arrays[0]!
  // No status to report: the response was read and accepted; telling its items apart is paginate's own work.
  throw new AffiliateError('Pagination stopped: cannot tell which field of the AgentClick page holds its items', { provider: 'agentclick' })
}

/**
 * Every item of a paged AgentClick list (searchPrograms, listPartnerships, listSelfbackPrograms,
 * listEarningsPayouts, listNotifications). The API gives no totals, so a page that comes back
 * full (as many items as `per_page`, sent explicitly, default 20) is taken to mean another may
 * follow; a short or empty page ends the walk. At worst that costs one request for an empty page.
 *
 *   for await (const program of paginate(searchPrograms, agentclick, { keyword: 'ai' })) …
 *
 * Stop early with `break`: no further page is requested. A server that repeats a page throws an
 * `AffiliateError` instead of looping.
 *
 * @param listFn One of the paged list functions, e.g. `searchPrograms`.
 * @param client A client from `createAgentClick`.
 * @param params The list's filters; `page` is where the walk starts (default 1).
 * @param options Per-call options, applied to every page's call; `signal` also stops the walk.
 * @returns An async generator of the items of every page, in order.
 *
 * @example List every program, page after page
 * ```ts
 * import { createAgentClick, paginate, searchPrograms } from 'affiliate-fetch/agentclick'
 *
 * const agentclick = createAgentClick() // reads AGENTCLICK_API_KEY
 * for await (const program of paginate(searchPrograms, agentclick, { per_page: 50 })) {
 *   console.log(program.id, program.name)
 * }
 * ```
 */
export function paginate<P extends PageParams, R>(
  listFn: (client: AgentClickClient, params?: P, options?: CallOptions) => Promise<R>,
  client: AgentClickClient,
  params?: P,
  options?: CallOptions,
): AsyncGenerator<ItemOf<R>, void, undefined> {
  const first = { ...params, per_page: params?.per_page ?? DEFAULT_PER_PAGE }
  const full = Math.min(first.per_page, SERVER_MAX_PER_PAGE)
  return paginateBy<ItemOf<R>>(listFn as never, client, [first, options], (result, sent) => {
    const items = itemsOf(result) as readonly ItemOf<R>[]
    const page = typeof sent.page === 'number' ? sent.page : 1
    return { items, next: items.length >= full ? { page: page + 1 } : undefined }
  })
}
