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

/** Query of {@link listPrograms}: a status filter and the paging parameters. */
export interface ListProgramsParams extends PageParams {
  /** Only programs in this status (`active`, `paused` or `archived`); left out, no status filter. */
  status?: ProgramStatus
}

/** Body of {@link createProgram}: the program's terms, tracking and marketplace settings. */
export interface CreateProgramParams {
  /** The program's name. */
  name: string
  /** Commission model: `one_time`, `recurring` or `recurring_limited` (the reference lists the values without defining them). */
  commissionType: CommissionType
  /** Commission rate as a plain percentage, e.g. `20` for 20 %. @toolDescription A percentage, e.g. `20`. @minimum 0 @maximum 100 */
  commissionPercent: number
  /** The website of what the program sells, a URL. @format uri */
  website?: string
  /** How long the referral cookie attributes a visitor to the affiliate, in days. @minimum 0 */
  cookieDuration?: number
  /** The pending balance an affiliate must reach before it can be paid; unit not documented (the reference's money amounts are cents). @minimum 0 */
  payoutThreshold?: number
  /** Approve affiliates who join without a manual review (by its name; not described further). */
  autoApproveAffiliates?: boolean
  /** The program's description. */
  description?: string
  /** The page referred visitors land on, a URL. @format uri */
  landingPageUrl?: string
  /** How many months a commission keeps recurring, for limited recurring commissions (by its name; not described further). @integer @minimum 1 */
  commissionLimitMonths?: number
  /** Slug of the program's affiliate portal; meaning not documented beyond the name. */
  portalSlug?: string
  /** Currency of the program's amounts, e.g. `USD` (the docs' example; format not documented). */
  currency?: string
  /** Marketplace visibility: `private`, `draft` or `public` (listed in the marketplace). */
  marketplaceStatus?: ProgramMarketplaceStatus
  /** Who may join: `open` (anyone may apply) or `invite_only` (by invite). */
  applicationAccess?: ProgramApplicationAccess
  /** Category of the marketplace listing, free text, e.g. `SaaS`. */
  marketplaceCategory?: string
  /** Description shown in the marketplace listing. */
  marketplaceDescription?: string
  /** Logo of the marketplace listing, a URL. @format uri */
  marketplaceLogoUrl?: string
}

/** The program fields that an update may clear with `null`. */
export type ClearableProgramField = 'portalSlug' | 'commissionLimitMonths' | 'marketplaceCategory' | 'marketplaceDescription' | 'marketplaceLogoUrl'

/** Every create field, optional, plus `status`; `null` clears the clearable ones. */
export type UpdateProgramParams = Partial<Omit<CreateProgramParams, ClearableProgramField>> & {
  /** The new status: `active`, `paused` or `archived`. */
  status?: ProgramStatus
} & { [K in ClearableProgramField]?: CreateProgramParams[K] | null }

/** Query of {@link getProgramStats}. */
export interface GetProgramStatsParams {
  /** The period the totals cover, e.g. `30d`. A free string on this endpoint; the other stats endpoints take `7d`, `30d`, `90d` or `all`. @toolDescription A free string on this endpoint; the other stats endpoints take `7d`, `30d`, `90d` or `all`. */
  period?: StatsPeriod | (string & {})
}

/** Query of {@link listProgramAffiliates}: filters and the paging parameters. */
export interface ListProgramAffiliatesParams extends PageParams {
  /** Also list blocked affiliates; the default when left out is not documented. */
  includeBlocked?: boolean
  /** Only affiliates who came in through this channel: `browser`, `api`, `mcp`, `invite` or `import` (values listed, not defined, by the reference). */
  source?: ApplicationSource
}

/** Body of {@link createCoupon}. */
export interface CreateCouponParams {
  /** The affiliate whose conversions the coupon is credited to. */
  affiliateId: string
  /** The code customers enter, e.g. `PARTNER20`. */
  code: string
  /** When the coupon expires, ISO datetime; whether it expires when this is left out is not documented. @format date-time */
  expiresAt?: string
}

/** Body of {@link createInvite}; every field is optional. The reference lists these fields without describing them. */
export interface CreateInviteParams {
  /** Email address of the person invited. @format email */
  email?: string
  /** Name of the person invited (by its name; not documented). */
  name?: string
  /** Meaning not documented; by its name, a link anyone may use rather than one for a single person. */
  isPublic?: boolean
  /** How many times the invite may be claimed (by its name; not documented). @integer @minimum 1 */
  usageLimit?: number
  /** Days until the invite expires. @integer @minimum 1 */
  expiresInDays?: number
  /** Meaning not documented; by its name, the referral code the invited affiliate gets. */
  trackingCode?: string
  /** Meaning not documented; by its name, lets the invited affiliate skip the onboarding steps. */
  skipOnboarding?: boolean
}

/** Body of {@link updateProgramMarketplace}: only the fields given change (a PATCH). */
export interface UpdateProgramMarketplaceParams {
  /** Listing visibility: `private`, `draft` or `public` (listed in the marketplace). */
  status?: ProgramMarketplaceStatus
  /** Category of the listing, free text, e.g. `SaaS`. */
  category?: string
  /** Description shown in the listing. */
  description?: string
  /** Logo of the listing, a URL. @format uri */
  logoUrl?: string
}

/** Body of {@link connectStripe}. */
export interface ConnectStripeParams {
  /** How to connect: `oauth_url`, the only value, asks for a URL to send the merchant to (`authUrl` in the result). */
  method?: StripeConnectMethod
}

/**
 * Lists the merchant's affiliate programs.
 * GET /programs (paginated)
 *
 * @example List the active programs
 * ```ts
 * import { createAgentRef, listPrograms } from 'affiliate-fetch/agentref'
 *
 * const agentref = createAgentRef() // reads AGENTREF_API_KEY
 * const { data, meta } = await listPrograms(agentref, { status: 'active' })
 * console.log(`${meta.total} active programs`)
 * for (const program of data) console.log(program.id, program.name, `${program.commissionPercent} %`)
 * ```
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
