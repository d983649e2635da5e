import { path } from '../core/path.ts'
import type { CallOptions } from '../core/request.ts'
import { get, getPage, post, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type { Flag, FlagResolution, FlagStats, FlagStatus, FlagType, Page, PageParams } from './types.ts'

export interface ListFlagsParams extends PageParams {
  status?: FlagStatus
  type?: FlagType
  affiliateId?: string
}

export interface ResolveFlagParams {
  status: FlagResolution
  note?: string
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
