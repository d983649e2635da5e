import { path } from '../core/path.ts'
import type { CallOptions } from '../core/request.ts'
import { get, getPage, post, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type { Application, ApplicationSource, ApplicationStatus, Page, PageParams } from './types.ts'

/** Query of {@link listApplications}: filters and the paging parameters. */
export interface ListApplicationsParams extends PageParams {
  /** Only applications to this program. */
  programId?: string
  /** Search text; which fields it matches is not documented. */
  search?: string
  /** Only applications in this status: `pending`, `approved`, `declined`, `withdrawn` or `blocked`. */
  status?: ApplicationStatus
  /** Only applications that came in through this channel: `browser`, `api`, `mcp`, `invite` or `import` (values listed, not defined, by the reference). */
  source?: ApplicationSource
}

/** Body of `approveApplication`, `declineApplication` and `blockApplication`. */
export interface ReviewApplicationParams {
  /** A note on the decision, e.g. `Relevant SaaS audience.`; whether the applicant sees it is not documented. */
  note?: string
}
/** Body of {@link approveApplication}: an optional `note`. */
export type ApproveApplicationParams = ReviewApplicationParams
/** Body of {@link declineApplication}: an optional `note`. */
export type DeclineApplicationParams = ReviewApplicationParams
/** Body of {@link blockApplication}: an optional `note`. */
export type BlockApplicationParams = ReviewApplicationParams

/**
 * Lists applications to the merchant's programs.
 * GET /applications (paginated)
 */
export const listApplications = (client: AgentRefClient, params?: ListApplicationsParams, options?: CallOptions): Promise<Page<Application>> =>
  getPage(client, '/applications', params, options)

/**
 * Gets one application.
 * GET /applications/{id}
 */
export const getApplication = (client: AgentRefClient, id: string, options?: CallOptions): Promise<Application> =>
  get(client, path`/applications/${id}`, undefined, options)

/**
 * Approves an application; the applicant becomes an affiliate.
 * POST /applications/{id}/approve (idempotent)
 */
export const approveApplication = (client: AgentRefClient, id: string, params?: ApproveApplicationParams, options?: PostOptions): Promise<Application> =>
  post(client, path`/applications/${id}/approve`, params, options, true)

/**
 * Declines an application.
 * POST /applications/{id}/decline (idempotent)
 */
export const declineApplication = (client: AgentRefClient, id: string, params?: DeclineApplicationParams, options?: PostOptions): Promise<Application> =>
  post(client, path`/applications/${id}/decline`, params, options, true)

/**
 * Declines an application and blocks the applicant.
 * POST /applications/{id}/block (idempotent)
 */
export const blockApplication = (client: AgentRefClient, id: string, params?: BlockApplicationParams, options?: PostOptions): Promise<Application> =>
  post(client, path`/applications/${id}/block`, params, options, true)
