import { path } from '../core/path.ts'
import type { CallOptions } from '../core/request.ts'
import { get, getPage, post, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type { Affiliate, AffiliateSortBy, AffiliateStatus, ApplicationSource, Page, PageParams, SortOrder } from './types.ts'

export interface ListAffiliatesParams extends PageParams {
  programId?: string
  includeBlocked?: boolean
  search?: string
  sortBy?: AffiliateSortBy
  sortOrder?: SortOrder
  status?: AffiliateStatus
  source?: ApplicationSource
}

export interface GetAffiliateParams {
  include?: 'stats'
}

export interface BlockAffiliateParams {
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
