import { path } from '../core/path.js'
import type { CallOptions } from '../core/request.js'
import type { IdempotentRequestOptions } from '../core/types.js'
import { get, getPage, post, send } from './call.js'
import type { AgentRefClient } from './client.js'
import type { CommissionType, Page, PageParams, Program, ProgramDetail, ProgramStatus } from './types.js'

type Options = CallOptions
type PostOptions = IdempotentRequestOptions & CallOptions

export interface CreateProgramParams {
  name: string
  commissionType: CommissionType
  commissionPercent: number
  website?: string
  cookieDuration?: number
  payoutThreshold?: number
  autoApproveAffiliates?: boolean
  description?: string
  landingPageUrl?: string
  commissionLimitMonths?: number
  portalSlug?: string
  currency?: string
  marketplaceStatus?: Program['marketplaceStatus']
  applicationAccess?: Program['applicationAccess']
  marketplaceCategory?: string
  marketplaceDescription?: string
  marketplaceLogoUrl?: string
}

/** GET /programs (paginated) */
export const listPrograms = (client: AgentRefClient, params?: { status?: ProgramStatus } & PageParams, options?: Options): Promise<Page<Program>> =>
  getPage(client, path`/programs`, params, options)

/** GET /programs/{id} */
export const getProgram = (client: AgentRefClient, id: string, options?: Options): Promise<ProgramDetail> =>
  get(client, path`/programs/${id}`, undefined, options)

/** POST /programs (idempotent: a key is generated when you give none) */
export const createProgram = (client: AgentRefClient, params: CreateProgramParams, options?: PostOptions): Promise<Program> =>
  post(client, path`/programs`, params, options, true)

/** DELETE /programs/{id} */
export const deleteProgram = (client: AgentRefClient, id: string, options?: Options): Promise<Program> =>
  send(client, 'DELETE', path`/programs/${id}`, undefined, options)
