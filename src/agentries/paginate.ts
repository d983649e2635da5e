import { paginateBy } from '../core/paginate.ts'
import type { CallOptions } from '../core/request.ts'
import type { AgentriesClient } from './client.ts'
import type { ListMyReferralsParams, Referral, ReferralsPage } from './types.ts'

const DEFAULT_LIMIT = 50

/**
 * Every referral of `listMyReferrals`, page after page: the next offset is `offset + referrals.length`
 * while that is below `total` (without a `total`, while pages come back full).
 *
 *   for await (const referral of paginate(listMyReferrals, agentries, { limit: 100 })) …
 */
export function paginate(
  listFn: (client: AgentriesClient, params?: ListMyReferralsParams, options?: CallOptions) => Promise<ReferralsPage>,
  client: AgentriesClient,
  params?: ListMyReferralsParams,
  options?: CallOptions,
): AsyncGenerator<Referral, void, undefined> {
  return paginateBy<Referral>(listFn as never, client, [params ?? {}, options], (result, sent) => {
    const page = result as Partial<ReferralsPage> | undefined
    const items = Array.isArray(page?.referrals) ? page.referrals : []
    const end = ((sent.offset as number | undefined) ?? 0) + items.length
    const more = typeof page?.total === 'number' ? end < page.total : items.length >= ((sent.limit as number | undefined) ?? DEFAULT_LIMIT)
    return { items, next: more ? { offset: end } : undefined }
  })
}
