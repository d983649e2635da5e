import { path } from '../core/path.ts'
import type { CallOptions } from '../core/request.ts'
import { get, getPage, post, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type { Flag, FlagResolution, FlagStats, FlagStatus, FlagType, Page, PageParams } from './types.ts'

/** Query of {@link listFlags}: filters and the paging parameters. */
export interface ListFlagsParams extends PageParams {
  /** Only flags in this status: `open`, `reviewed`, `dismissed` or `confirmed`. */
  status?: FlagStatus
  /** Only flags of this kind: `suspicious_activity`, `self_referral`, `high_click_frequency`, `conversion_anomaly` or `manual_review`. */
  type?: FlagType
  /** Only flags raised on this affiliate. */
  affiliateId?: string
}

/** Body of {@link resolveFlag}. */
export interface ResolveFlagParams {
  /** The outcome: `reviewed`, `dismissed` or `confirmed` (a flag cannot be set back to `open`); what each implies is not documented. */
  status: FlagResolution
  /** A note on the resolution, e.g. `Verified legitimate traffic`. */
  note?: string
  /** Also block the flagged affiliate. */
  blockAffiliate?: boolean
}

/**
 * Lists fraud flags raised on affiliates.
 * GET /flags (paginated)
 */
export const listFlags = (client: AgentRefClient, params?: ListFlagsParams, options?: CallOptions): Promise<Page<Flag>> =>
  getPage(client, '/flags', params, options)

/**
 * Gets fraud-flag counts by status.
 * GET /flags/stats
 */
export const getFlagStats = (client: AgentRefClient, options?: CallOptions): Promise<FlagStats> =>
  get(client, '/flags/stats', undefined, options)

/**
 * Resolves a fraud flag, optionally blocking the affiliate.
 * POST /flags/{id}/resolve (idempotent)
 */
export const resolveFlag = (client: AgentRefClient, id: string, params: ResolveFlagParams, options?: PostOptions): Promise<Flag> =>
  post(client, path`/flags/${id}/resolve`, params, options, true)
