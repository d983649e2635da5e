import { path } from '../core/path.ts'
import type { CallOptions } from '../core/request.ts'
import { get, getPage, post, send, split, wire, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type {
  AffiliateLink,
  AffiliateWorkspaceIdentity,
  AffiliateWorkspaceOverview,
  AffiliateWorkspaceProgram,
  AffiliateWorkspaceProgramDetail,
  ApiObject,
  Page,
  PageParams,
  Payout,
  StatsPeriod,
} from './types.ts'

const PROGRAM_ID = { programId: 'program_id' }
const LINK_BODY = { destinationPath: 'destination_path', customSlug: 'custom_slug' }

/** Limits a workspace call to one program (sent as the query parameter `program_id`). */
export interface AffiliateProgramQuery {
  /** The affiliate's program, sent as `program_id`; what the server does when it is left out is not documented. */
  programId?: string
}

/** Query of {@link listWorkspaceProgramEarnings}: a period and the paging parameters. */
export interface ListWorkspaceProgramEarningsParams extends PageParams {
  /** The period the earnings cover: `7d`, `30d`, `90d` or `all`. */
  period?: StatsPeriod
}

/** Query of {@link listWorkspacePayouts}: a program (sent as `program_id`) and the paging parameters. */
export interface ListWorkspacePayoutsParams extends AffiliateProgramQuery, PageParams {}

/** Query of {@link listLinks}: a program, sent as `program_id`. */
export type ListLinksParams = AffiliateProgramQuery

/** Params of {@link createLink}: `programId` goes in the query, the rest in the body (snake_case). */
export interface CreateLinkParams extends AffiliateProgramQuery {
  /** A name for the link, e.g. `Pricing`. */
  name: string
  /** The path on the merchant's site the link leads to, e.g. `/pricing`; sent as `destination_path`. */
  destinationPath?: string
  /** Your own slug for the link instead of a generated one, e.g. `jane-review`; sent as `custom_slug`. */
  customSlug?: string
}

/**
 * Params of {@link updateLink}: `programId` goes in the query; `name`, `targetUrl` and `isActive`
 * go out as they are, camelCase. A different path or slug needs a new link.
 */
export interface UpdateLinkParams extends AffiliateProgramQuery {
  /** A new name for the link. */
  name?: string
  /** Where the link leads, a full URL; `null` clears it (what the link then leads to is not documented). */
  targetUrl?: string | null
  /** `false` turns the link off, `true` back on. */
  isActive?: boolean
}

/** Query of {@link deleteLink}: a program, sent as `program_id`. */
export type DeleteLinkParams = AffiliateProgramQuery

/** Query of {@link getClickStats}: a program (sent as `program_id`) and a date range (camelCase on the wire). */
export interface GetClickStatsParams extends AffiliateProgramQuery {
  /** Start of the range, ISO datetime. @toolDescription ISO datetime. @format date-time */
  startDate?: string
  /** End of the range, ISO datetime. @toolDescription ISO datetime. @format date-time */
  endDate?: string
}

/**
 * Gets the affiliate's earnings overview across programs.
 * GET /me/overview
 */
export const getWorkspaceOverview = (client: AgentRefClient, options?: CallOptions): Promise<AffiliateWorkspaceOverview> =>
  get(client, '/me/overview', undefined, options)

/**
 * Gets the calling key's type, scopes and owner.
 * GET /me: the key's type, scopes and owner
 */
export const getWorkspaceIdentity = (client: AgentRefClient, options?: CallOptions): Promise<AffiliateWorkspaceIdentity> =>
  get(client, '/me', undefined, options)

/**
 * Lists the programs the affiliate belongs to, with totals.
 * GET /me/programs
 */
export const listWorkspacePrograms = (client: AgentRefClient, options?: CallOptions): Promise<AffiliateWorkspaceProgram[]> =>
  get(client, '/me/programs', undefined, options)

/**
 * Gets one of the affiliate's programs in detail.
 * GET /me/programs/{programId}
 */
export const getWorkspaceProgram = (client: AgentRefClient, programId: string, options?: CallOptions): Promise<AffiliateWorkspaceProgramDetail> =>
  get(client, path`/me/programs/${programId}`, undefined, options)

/**
 * Gets the affiliate's earnings.
 * GET /me/earnings. The reference names no fields of the result ("record"): an open object.
 */
export const getWorkspaceEarnings = (client: AgentRefClient, options?: CallOptions): Promise<ApiObject> =>
  get(client, '/me/earnings', undefined, options)

/**
 * Lists the affiliate's earnings in one program.
 * GET /me/earnings/{programId} (paginated). The reference names no fields of the items ("record"): open objects.
 */
export const listWorkspaceProgramEarnings = (
  client: AgentRefClient,
  programId: string,
  params?: ListWorkspaceProgramEarningsParams,
  options?: CallOptions,
): Promise<Page<ApiObject>> => getPage(client, path`/me/earnings/${programId}`, params, options)

/**
 * Lists payouts made to the affiliate.
 * GET /me/payouts (paginated)
 */
export const listWorkspacePayouts = (client: AgentRefClient, params?: ListWorkspacePayoutsParams, options?: CallOptions): Promise<Page<Payout>> =>
  getPage(client, '/me/payouts', wire(params, PROGRAM_ID), options)

/**
 * Lists the affiliate's tracking links.
 * GET /me/links
 */
export const listLinks = (client: AgentRefClient, params?: ListLinksParams, options?: CallOptions): Promise<AffiliateLink[]> =>
  get(client, '/me/links', wire(params, PROGRAM_ID), options)

/**
 * Creates a tracking link in a program.
 * POST /me/links (idempotent); `programId` goes in the query
 */
export const createLink = (client: AgentRefClient, params: CreateLinkParams, options?: PostOptions): Promise<AffiliateLink> => {
  const [query, body] = split(params, ['programId'], { ...PROGRAM_ID, ...LINK_BODY })
  return post(client, '/me/links', body, options, true, query)
}

/**
 * Updates a tracking link's name, target or active flag.
 * PATCH /me/links/{id}; `programId` goes in the query
 */
export const updateLink = (client: AgentRefClient, id: string, params: UpdateLinkParams, options?: CallOptions): Promise<AffiliateLink> => {
  const [query, body] = split(params, ['programId'], PROGRAM_ID)
  return send(client, 'PATCH', path`/me/links/${id}`, body, options, query)
}

/**
 * Deletes a tracking link.
 * DELETE /me/links/{id}. The reference names no fields of the result ("record"): an open object.
 */
export const deleteLink = (client: AgentRefClient, id: string, params?: DeleteLinkParams, options?: CallOptions): Promise<ApiObject> =>
  send(client, 'DELETE', path`/me/links/${id}`, undefined, options, wire(params, PROGRAM_ID))

/**
 * Gets the affiliate's click counts for a date range.
 * GET /me/clicks. The reference names no fields of the result ("record"): an open object.
 */
export const getClickStats = (client: AgentRefClient, params?: GetClickStatsParams, options?: CallOptions): Promise<ApiObject> =>
  get(client, '/me/clicks', wire(params, PROGRAM_ID), options)
