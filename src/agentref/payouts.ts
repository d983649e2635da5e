import type { CallOptions } from '../core/request.ts'
import { get, getPage, post, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type { MoneyListParams, MoneyStatsParams, Page, PageParams, Payout, PayoutMethod, PayoutStats, PayoutStatus, PendingAffiliate } from './types.ts'

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

/**
 * Lists payouts to affiliates.
 * GET /payouts (paginated)
 */
export const listPayouts = (client: AgentRefClient, params?: ListPayoutsParams, options?: CallOptions): Promise<Page<Payout>> =>
  getPage(client, '/payouts', params, options)

/**
 * Lists affiliates with a pending balance, and whether each can be paid.
 * GET /payouts/pending (paginated): affiliates with a pending balance
 */
export const listPendingAffiliates = (client: AgentRefClient, params?: ListPendingAffiliatesParams, options?: CallOptions): Promise<Page<PendingAffiliate>> =>
  getPage(client, '/payouts/pending', params, options)

/**
 * Gets paid and pending payout totals.
 * GET /payouts/stats
 */
export const getPayoutStats = (client: AgentRefClient, params?: GetPayoutStatsParams, options?: CallOptions): Promise<PayoutStats> =>
  get(client, '/payouts/stats', params, options)

/**
 * Pays an affiliate its unpaid commissions in a program (moves money).
 * POST /payouts (idempotent): the created payout (the reference types it loosely; it is a `Payout`, as `listPayouts` returns)
 */
export const createPayout = (client: AgentRefClient, params: CreatePayoutParams, options?: PostOptions): Promise<Payout> =>
  post(client, '/payouts', params, options, true)
