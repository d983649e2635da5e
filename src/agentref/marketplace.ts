import { path } from '../core/path.ts'
import type { CallOptions } from '../core/request.ts'
import { getPage, post, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type { ApiObject, MarketplaceProgram, MarketplaceSort, Page, PageParams } from './types.ts'

/** Query of {@link listMarketplacePrograms}: filters, sort order and the paging parameters. */
export interface ListMarketplaceProgramsParams extends PageParams {
  /** Only programs listed in this marketplace category, e.g. `SaaS`. */
  category?: string
  /** Only programs paying at least this commission; unit not documented (presumably a percentage, like `commissionPercent`). */
  minCommission?: number
  /** Only programs with at least this EPC (earnings per click); unit not documented. */
  minEpc?: number
  /** Sort by `epc`, `conversionRate`, `commission` or `newest`; the direction is not documented. */
  sort?: MarketplaceSort
}

/** Body of {@link applyToMarketplaceProgram}. */
export interface ApplyToMarketplaceProgramParams {
  /** A message to the merchant with the application, e.g. what audience you reach. */
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
