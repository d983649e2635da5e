import { path } from '../core/path.js'
import type { CallOptions } from '../core/request.js'
import { get, getPage, post, type PostOptions } from './call.js'
import type { AgentRefClient } from './client.js'
import type { ApiObject, MoneyListParams, MoneyStatsParams, Page, PageParams, Payout, PayoutMethod, PayoutStats, PayoutStatus, PendingAffiliate } from './types.js'

export interface ListPayoutsParams extends MoneyListParams {
  status?: PayoutStatus
}

export interface ListPendingAffiliatesParams extends PageParams {
  programId?: string
}

export type GetPayoutStatsParams = MoneyStatsParams

export interface CreatePayoutParams {
  affiliateId: string
  programId: string
  method: PayoutMethod
  notes?: string
}

/** GET /payouts (paginated) */
export const listPayouts = (client: AgentRefClient, params?: ListPayoutsParams, options?: CallOptions): Promise<Page<Payout>> =>
  getPage(client, path`/payouts`, params, options)

/** GET /payouts/pending (paginated): affiliates with a pending balance */
export const listPendingAffiliates = (client: AgentRefClient, params?: ListPendingAffiliatesParams, options?: CallOptions): Promise<Page<PendingAffiliate>> =>
  getPage(client, path`/payouts/pending`, params, options)

/** GET /payouts/stats */
export const getPayoutStats = (client: AgentRefClient, params?: GetPayoutStatsParams, options?: CallOptions): Promise<PayoutStats> =>
  get(client, path`/payouts/stats`, params, options)

/** POST /payouts (idempotent) */
export const createPayout = (client: AgentRefClient, params: CreatePayoutParams, options?: PostOptions): Promise<ApiObject> =>
  post(client, path`/payouts`, params, options, true)
