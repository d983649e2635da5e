import type { CallOptions } from '../core/request.ts'
import { get, getPage } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type { Conversion, ConversionStats, ConversionStatus, MoneyListParams, MoneyStatsParams, Page } from './types.ts'

/** Query of {@link listConversions}: program, affiliate, status and date filters, and the paging parameters. */
export interface ListConversionsParams extends MoneyListParams {
  /**
   * Only conversions in this status: `pending`, `approved`, `partially_refunded`, `rejected` or
   * `refunded` (the SDK's set; the docs' guide omits `partially_refunded`).
   */
  status?: ConversionStatus
}

/** Query of {@link getConversionStats}: an optional program and period (`7d`, `30d`, `90d` or `all`). */
export type GetConversionStatsParams = MoneyStatsParams

/** Query of {@link listRecentConversions}. */
export interface ListRecentConversionsParams {
  /** How many of the latest conversions to return; the default is not documented. @integer @minimum 1 */
  limit?: number
}

/**
 * Lists conversions (sales attributed to affiliates), filtered by program, affiliate, status and date.
 * GET /conversions (paginated)
 */
export const listConversions = (client: AgentRefClient, params?: ListConversionsParams, options?: CallOptions): Promise<Page<Conversion>> =>
  getPage(client, '/conversions', params, options)

/**
 * Gets conversion counts and revenue totals for a period.
 * GET /conversions/stats
 */
export const getConversionStats = (client: AgentRefClient, params?: GetConversionStatsParams, options?: CallOptions): Promise<ConversionStats> =>
  get(client, '/conversions/stats', params, options)

/**
 * Lists the latest conversions.
 * GET /conversions/recent
 */
export const listRecentConversions = (client: AgentRefClient, params?: ListRecentConversionsParams, options?: CallOptions): Promise<Conversion[]> =>
  get(client, '/conversions/recent', params, options)
