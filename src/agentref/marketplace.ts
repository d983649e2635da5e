import { path } from '../core/path.ts'
import type { CallOptions } from '../core/request.ts'
import { getPage, post, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type { ApiObject, MarketplaceProgram, MarketplaceSort, Page, PageParams } from './types.ts'

export interface ListMarketplaceProgramsParams extends PageParams {
  category?: string
  minCommission?: number
  minEpc?: number
  sort?: MarketplaceSort
}

export interface ApplyToMarketplaceProgramParams {
  message?: string
}

/**
 * Lists public programs in the marketplace (affiliate key).
 * GET /marketplace/programs (paginated)
 */
export const listMarketplacePrograms = (
  client: AgentRefClient,
  params?: ListMarketplaceProgramsParams,
  options?: CallOptions,
): Promise<Page<MarketplaceProgram>> => getPage(client, '/marketplace/programs', params, options)

/**
 * Applies to join a marketplace program (affiliate key).
 * POST /marketplace/apply/{programId}. The reference names no fields of the result ("record"): an open object.
 */
export const applyToMarketplaceProgram = (
  client: AgentRefClient,
  programId: string,
  params?: ApplyToMarketplaceProgramParams,
  options?: PostOptions,
): Promise<ApiObject> => post(client, path`/marketplace/apply/${programId}`, params, options, false)
