import type { CallOptions } from '../core/request.ts'
import { get, getPage } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type { Conversion, ConversionStats, ConversionStatus, MoneyListParams, MoneyStatsParams, Page } from './types.ts'

export interface ListConversionsParams extends MoneyListParams {
  status?: ConversionStatus
}

export type GetConversionStatsParams = MoneyStatsParams

export interface ListRecentConversionsParams {
  /** @integer @minimum 1 */
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
