import { paginateBy } from '../core/paginate.ts'
import type { AgentRefClient } from './client.ts'
import type { Page } from './types.ts'

/**
 * Every item of a paginated AgentRef list, page after page: follows `meta.nextCursor` when the
 * server gives one, else `page + 1`, while `meta.hasMore` is true.
 *
 *   for await (const program of paginate(listPrograms, agentref, { status: 'active' })) …
 *
 * Pages are fetched one at a time, as you iterate: nothing is sent after you stop (`break`).
 * The call's `options.signal` is honoured. A server that repeats a page or a cursor ends the
 * loop with an `AffiliateError` rather than looping forever.
 *
 * @param listFn A paginated list function: `listPrograms`, `listAffiliates`, `listConversions`…
 * @param client The client to call it with.
 * @param args The list function's own arguments after the client (path ids, params, options).
 * @example Every affiliate, five per request
 * ```ts
 * import { createAgentRef, listAffiliates, paginate } from 'affiliate-fetch/agentref'
 *
 * const agentref = createAgentRef() // reads AGENTREF_API_KEY
 * let count = 0
 * for await (const affiliate of paginate(listAffiliates, agentref, { pageSize: 5 })) {
 *   console.log(affiliate.id, affiliate.code, affiliate.totalConversions)
 *   count++
 * }
 * console.log(`${count} affiliates`)
 * ```
 */
export function paginate<A extends unknown[], T>(
  listFn: (client: AgentRefClient, ...args: A) => Promise<Page<T>>,
  client: AgentRefClient,
  ...args: A
): AsyncGenerator<T, void, undefined> {
  return paginateBy<T>(listFn as never, client, args, (result, params) => {
    const { data, meta } = result as Page<T>
    const page = typeof meta?.page == 'number' ? meta.page : ((params.page as number | undefined) ?? 1)
    const next = meta?.nextCursor ? { cursor: meta.nextCursor, page: undefined } : { page: page + 1, cursor: undefined }
    return { items: data, next: meta?.hasMore ? next : undefined }
  })
}
