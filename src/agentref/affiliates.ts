import { path } from '../core/path.ts'
import type { CallOptions } from '../core/request.ts'
import { get, getPage, post, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type { Affiliate, AffiliateSortBy, AffiliateStatus, ApplicationSource, Page, PageParams, SortOrder } from './types.ts'

/** Query of {@link listAffiliates}: filters, sort order and the paging parameters. */
export interface ListAffiliatesParams extends PageParams {
  /** Only affiliates of this program. */
  programId?: string
  /** Also list blocked affiliates; the default when left out is not documented. */
  includeBlocked?: boolean
  /** Search text, e.g. a name; which fields it matches is not documented. */
  search?: string
  /** Sort field: `createdAt`, `totalClicks`, `totalRevenue` or `name`; the default order is not documented. */
  sortBy?: AffiliateSortBy
  /** Sort direction: `asc` or `desc`. */
  sortOrder?: SortOrder
  /** Only affiliates in this status: `approved` or `blocked`. */
  status?: AffiliateStatus
  /** Only affiliates who came in through this channel: `browser`, `api`, `mcp`, `invite` or `import` (values listed, not defined, by the reference). */
  source?: ApplicationSource
}

/** Query of {@link getAffiliate}. */
export interface GetAffiliateParams {
  /** `stats` (the only value) adds the affiliate's stats; which fields that adds is not documented. Sent only when set. */
  include?: 'stats'
}

/** Body of {@link blockAffiliate}. */
export interface BlockAffiliateParams {
  /** Why the affiliate is blocked, e.g. `Suspicious click patterns detected`; who sees it is not documented. */
  reason?: string
}

/**
 * Lists the merchant's affiliates across programs, filtered and sorted.
 * GET /affiliates (paginated)
 */
export const listAffiliates = (client: AgentRefClient, params?: ListAffiliatesParams, options?: CallOptions): Promise<Page<Affiliate>> =>
  getPage(client, '/affiliates', params, options)

/**
 * Gets one affiliate, with its stats when `include: 'stats'`.
 * GET /affiliates/{id}
 */
export const getAffiliate = (client: AgentRefClient, id: string, params?: GetAffiliateParams, options?: CallOptions): Promise<Affiliate> =>
  get(client, path`/affiliates/${id}`, params, options)

/**
 * Blocks an affiliate: no new clicks or commissions.
 * POST /affiliates/{id}/block (idempotent)
 */
export const blockAffiliate = (client: AgentRefClient, id: string, params?: BlockAffiliateParams, options?: PostOptions): Promise<Affiliate> =>
  post(client, path`/affiliates/${id}/block`, params, options, true)

/**
 * Lifts an affiliate's block.
 * POST /affiliates/{id}/unblock (idempotent, no body)
 */
export const unblockAffiliate = (client: AgentRefClient, id: string, options?: PostOptions): Promise<Affiliate> =>
  post(client, path`/affiliates/${id}/unblock`, undefined, options, true)
