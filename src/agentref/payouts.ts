import type { CallOptions } from '../core/request.ts'
import { get, getPage, post, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type { MoneyListParams, MoneyStatsParams, Page, PageParams, Payout, PayoutMethod, PayoutStats, PayoutStatus, PendingAffiliate } from './types.ts'

/** Query of {@link listPayouts}: program, affiliate, status and date filters, and the paging parameters. */
export interface ListPayoutsParams extends MoneyListParams {
  /** Only payouts in this status: `pending`, `processing`, `completed` or `failed`. */
  status?: PayoutStatus
}

/** Query of {@link listPendingAffiliates}: a program filter and the paging parameters. */
export interface ListPendingAffiliatesParams extends PageParams {
  /** Only affiliates with a pending balance in this program. */
  programId?: string
}

/** Query of {@link getPayoutStats}: an optional program and period (`7d`, `30d`, `90d` or `all`). */
export type GetPayoutStatsParams = MoneyStatsParams

/** Body of {@link createPayout}: who is paid, for which program, and how. */
export interface CreatePayoutParams {
  /** The affiliate to pay (`affiliateId` of a {@link PendingAffiliate}). */
  affiliateId: string
  /** The program whose pending balance is paid out. */
  programId: string
  /** How the money is sent: `paypal` or `bank_transfer`; the affiliate's own choice is `payoutMethod` of a {@link PendingAffiliate}. */
  method: PayoutMethod
  /** A free-text note, e.g. `March payout`; who sees it is not documented. */
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
 *
 * Give an `idempotencyKey` derived from what you pay (affiliate and period): a retry, or a rerun
 * of your job within 24 hours, then pays once. Without one, a key is generated per call, which
 * protects that call's retries only.
 *
 * @example Pay an affiliate whose balance is due
 * ```ts
 * import { createAgentRef, createPayout, listPendingAffiliates } from 'affiliate-fetch/agentref'
 *
 * const agentref = createAgentRef() // reads AGENTREF_API_KEY
 * const { data: pending } = await listPendingAffiliates(agentref)
 * const due = pending.find((affiliate) => affiliate.meetsThreshold && affiliate.payoutMethod !== null)
 * if (due) {
 *   const payout = await createPayout(
 *     agentref,
 *     { affiliateId: due.affiliateId, programId: due.programId, method: due.payoutMethod ?? 'paypal' },
 *     { idempotencyKey: `payout-2026-11-${due.programId}-${due.affiliateId}` }, // a retry or a rerun pays once
 *   )
 *   console.log(payout.id, payout.status, payout.amount / 100, due.currency)
 * }
 * ```
 */
export const createPayout = (client: AgentRefClient, params: CreatePayoutParams, options?: PostOptions): Promise<Payout> =>
  post(client, '/payouts', params, options, true)
