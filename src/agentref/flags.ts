import { path } from '../core/path.js'
import type { CallOptions } from '../core/request.js'
import { get, getPage, post, type PostOptions } from './call.js'
import type { AgentRefClient } from './client.js'
import type { Flag, FlagResolution, FlagStats, FlagStatus, FlagType, Page, PageParams } from './types.js'

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

/** GET /flags (paginated) */
export const listFlags = (client: AgentRefClient, params?: ListFlagsParams, options?: CallOptions): Promise<Page<Flag>> =>
  getPage(client, path`/flags`, params, options)

/** GET /flags/stats */
export const getFlagStats = (client: AgentRefClient, options?: CallOptions): Promise<FlagStats> =>
  get(client, path`/flags/stats`, undefined, options)

/** POST /flags/{id}/resolve (idempotent) */
export const resolveFlag = (client: AgentRefClient, id: string, params: ResolveFlagParams, options?: PostOptions): Promise<Flag> =>
  post(client, path`/flags/${id}/resolve`, params, options, true)
