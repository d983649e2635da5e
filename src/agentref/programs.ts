import { path } from '../core/path.ts'
import type { CallOptions } from '../core/request.ts'
import { get, getPage, post, send, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type {
  Affiliate,
  ApiObject,
  ApplicationSource,
  CommissionType,
  ConnectProgramStripeResponse,
  Coupon,
  DisconnectProgramStripeResponse,
  Invite,
  Page,
  PageParams,
  Program,
  ProgramApplicationAccess,
  ProgramDetail,
  ProgramMarketplaceStatus,
  ProgramStats,
  ProgramStatus,
  StatsPeriod,
  StripeConnectMethod,
} from './types.ts'

type Options = CallOptions

export interface ListProgramsParams extends PageParams {
  status?: ProgramStatus
}

export interface CreateProgramParams {
  name: string
  commissionType: CommissionType
  /** A percentage, e.g. `20`. @toolDescription A percentage, e.g. `20`. @minimum 0 @maximum 100 */
  commissionPercent: number
  /** @format uri */
  website?: string
  /** @minimum 0 */
  cookieDuration?: number
  /** @minimum 0 */
  payoutThreshold?: number
  autoApproveAffiliates?: boolean
  description?: string
  /** @format uri */
  landingPageUrl?: string
  /** @integer @minimum 1 */
  commissionLimitMonths?: number
  portalSlug?: string
  currency?: string
  marketplaceStatus?: ProgramMarketplaceStatus
  applicationAccess?: ProgramApplicationAccess
  marketplaceCategory?: string
  marketplaceDescription?: string
  /** @format uri */
  marketplaceLogoUrl?: string
}

/** The program fields that an update may clear with `null`. */
type ClearableProgramField = 'portalSlug' | 'commissionLimitMonths' | 'marketplaceCategory' | 'marketplaceDescription' | 'marketplaceLogoUrl'

/** Every create field, optional, plus `status`; `null` clears the clearable ones. */
export type UpdateProgramParams = Partial<Omit<CreateProgramParams, ClearableProgramField>> & {
  status?: ProgramStatus
} & { [K in ClearableProgramField]?: CreateProgramParams[K] | null }

export interface GetProgramStatsParams {
  /** A free string on this endpoint; the other stats endpoints take `7d`, `30d`, `90d` or `all`. @toolDescription A free string on this endpoint; the other stats endpoints take `7d`, `30d`, `90d` or `all`. */
  period?: StatsPeriod | (string & {})
}

export interface ListProgramAffiliatesParams extends PageParams {
  includeBlocked?: boolean
  source?: ApplicationSource
}

export interface CreateCouponParams {
  affiliateId: string
  code: string
  /** @format date-time */
  expiresAt?: string
}

export interface CreateInviteParams {
  /** @format email */
  email?: string
  name?: string
  isPublic?: boolean
  /** @integer @minimum 1 */
  usageLimit?: number
  /** @integer @minimum 1 */
  expiresInDays?: number
  trackingCode?: string
  skipOnboarding?: boolean
}

export interface UpdateProgramMarketplaceParams {
  status?: ProgramMarketplaceStatus
  category?: string
  description?: string
  /** @format uri */
  logoUrl?: string
}

export interface ConnectStripeParams {
  method?: StripeConnectMethod
}

/**
 * Lists the merchant's affiliate programs.
 * GET /programs (paginated)
 */
export const listPrograms = (client: AgentRefClient, params?: ListProgramsParams, options?: Options): Promise<Page<Program>> =>
  getPage(client, '/programs', params, options)

/**
 * Gets one program, with its setup readiness.
 * GET /programs/{id}
 */
export const getProgram = (client: AgentRefClient, id: string, options?: Options): Promise<ProgramDetail> =>
  get(client, path`/programs/${id}`, undefined, options)

/**
 * Creates an affiliate program.
 * POST /programs (idempotent: a key is generated when you give none)
 */
export const createProgram = (client: AgentRefClient, params: CreateProgramParams, options?: PostOptions): Promise<Program> =>
  post(client, '/programs', params, options, true)

/**
 * Updates a program's settings or status.
 * PATCH /programs/{id}
 */
export const updateProgram = (client: AgentRefClient, id: string, params: UpdateProgramParams, options?: Options): Promise<Program> =>
  send(client, 'PATCH', path`/programs/${id}`, params, options)

/**
 * Deletes a program.
 * DELETE /programs/{id}
 */
export const deleteProgram = (client: AgentRefClient, id: string, options?: Options): Promise<Program> =>
  send(client, 'DELETE', path`/programs/${id}`, undefined, options)

/**
 * Gets a program's revenue, conversion and affiliate totals.
 * GET /programs/{id}/stats
 */
export const getProgramStats = (client: AgentRefClient, id: string, params?: GetProgramStatsParams, options?: Options): Promise<ProgramStats> =>
  get(client, path`/programs/${id}/stats`, params, options)

/**
 * Lists the affiliates of one program.
 * GET /programs/{id}/affiliates (paginated)
 */
export const listProgramAffiliates = (
  client: AgentRefClient,
  id: string,
  params?: ListProgramAffiliatesParams,
  options?: Options,
): Promise<Page<Affiliate>> => getPage(client, path`/programs/${id}/affiliates`, params, options)

/**
 * Lists a program's affiliate coupon codes.
 * GET /programs/{id}/coupons
 */
export const listCoupons = (client: AgentRefClient, id: string, options?: Options): Promise<Coupon[]> =>
  get(client, path`/programs/${id}/coupons`, undefined, options)

/**
 * Creates a coupon code that credits an affiliate.
 * POST /programs/{id}/coupons (idempotent)
 */
export const createCoupon = (client: AgentRefClient, id: string, params: CreateCouponParams, options?: PostOptions): Promise<Coupon> =>
  post(client, path`/programs/${id}/coupons`, params, options, true)

/**
 * Deletes a coupon code.
 * DELETE /coupons/{couponId}
 */
export const deleteCoupon = (client: AgentRefClient, couponId: string, options?: Options): Promise<Coupon> =>
  send(client, 'DELETE', path`/coupons/${couponId}`, undefined, options)

/**
 * Creates an invite link to a program.
 * POST /programs/{id}/invites (idempotent); no params sends `{}`
 */
export const createInvite = (client: AgentRefClient, id: string, params?: CreateInviteParams, options?: PostOptions): Promise<Invite> =>
  post(client, path`/programs/${id}/invites`, params ?? {}, options, true)

/**
 * Lists a program's invites.
 * GET /programs/{id}/invites
 */
export const listInvites = (client: AgentRefClient, id: string, options?: Options): Promise<Invite[]> =>
  get(client, path`/programs/${id}/invites`, undefined, options)

/**
 * Sets a program's marketplace listing (visibility, category, description, logo).
 * PATCH /programs/{id}/marketplace. The reference names no fields of the result ("record"): an open object.
 */
export const updateProgramMarketplace = (
  client: AgentRefClient,
  id: string,
  params: UpdateProgramMarketplaceParams,
  options?: Options,
): Promise<ApiObject> => send(client, 'PATCH', path`/programs/${id}/marketplace`, params, options)

/**
 * Starts connecting a program to Stripe: returns the OAuth URL.
 * POST /programs/{id}/connect-stripe; without params no body is sent
 */
export const connectStripe = (
  client: AgentRefClient,
  id: string,
  params?: ConnectStripeParams,
  options?: PostOptions,
): Promise<ConnectProgramStripeResponse> => post(client, path`/programs/${id}/connect-stripe`, params, options, false)

/**
 * Disconnects a program from Stripe.
 * DELETE /programs/{id}/connect-stripe
 */
export const disconnectStripe = (client: AgentRefClient, id: string, options?: Options): Promise<DisconnectProgramStripeResponse> =>
  send(client, 'DELETE', path`/programs/${id}/connect-stripe`, undefined, options)
