import { path } from '../core/path.js'
import type { CallOptions } from '../core/request.js'
import { get, getPage } from './call.js'
import type { AgentRefClient } from './client.js'
import type { Conversion, ConversionStats, ConversionStatus, Page, PageParams, StatsPeriod } from './types.js'

export interface ListConversionsParams extends PageParams {
  programId?: string
  affiliateId?: string
  status?: ConversionStatus
  /** ISO datetime; `from` is a synonym. */
  startDate?: string
  /** ISO datetime; `to` is a synonym. */
  endDate?: string
  from?: string
  to?: string
}

export interface GetConversionStatsParams {
  programId?: string
  period?: StatsPeriod
}

export interface ListRecentConversionsParams {
  limit?: number
}

/** GET /conversions (paginated) */
export const listConversions = (client: AgentRefClient, params?: ListConversionsParams, options?: CallOptions): Promise<Page<Conversion>> =>
  getPage(client, path`/conversions`, params, options)

/** GET /conversions/stats */
export const getConversionStats = (client: AgentRefClient, params?: GetConversionStatsParams, options?: CallOptions): Promise<ConversionStats> =>
  get(client, path`/conversions/stats`, params, options)

/** GET /conversions/recent */
export const listRecentConversions = (client: AgentRefClient, params?: ListRecentConversionsParams, options?: CallOptions): Promise<Conversion[]> =>
  get(client, path`/conversions/recent`, params, options)
