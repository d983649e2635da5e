/** Pagination meta of AgentRef list endpoints (wire names, camelCase). */
export interface PaginationMeta {
  /** Total number of matching items, across all pages. */
  total: number
  /** The current page number, 1-based (in all the reference's fixtures). */
  page: number
  /** The page size the server applied. */
  pageSize: number
  /** Whether more pages follow; `paginate` stops when it is false. */
  hasMore: boolean
  /** Opaque cursor of the next page, to pass as `cursor`. Optional: may be absent (whether the server ever sends it is not documented). */
  nextCursor?: string
  /** Request id (`req_…`) to quote to AgentRef support. Optional: the official SDK's fixtures sometimes leave it out. */
  requestId?: string
}

/** A page of a paginated list: `data` plus its `meta`. */
export interface Page<T> {
  /** The items of this page. */
  data: T[]
  /** Total, page number, page size and whether more pages follow. */
  meta: PaginationMeta
}

/**
 * The PAGE query parameters every paginated endpoint accepts. The docs do not say which of
 * `cursor`, `page` and `offset` wins when several are sent, nor the default page size.
 */
export interface PageParams {
  /** Opaque cursor: a previous page's `meta.nextCursor`. */
  cursor?: string
  /** Items per page, 1 to 100 (the conversions guide). @integer @minimum 1 @maximum 100 */
  limit?: number
  /** Page number, 1-based. @integer @minimum 1 */
  page?: number
  /** Items per page; how it differs from `limit` is not documented. @integer @minimum 1 */
  pageSize?: number
  /** Number of items to skip (not described further in the docs). @integer @minimum 0 */
  offset?: number
}

/**
 * A result the reference gives no fields for (its tables say only "record"): an open object.
 * Read fields with a check, e.g. `typeof data.totalEarnings === 'number'`.
 */
export type ApiObject = Record<string, unknown>

// Enums (reference §11.4)

/** Filters shared by the conversion and payout lists. */
export interface MoneyListParams extends PageParams {
  /** Only items of this program. */
  programId?: string
  /** Only items of this affiliate. */
  affiliateId?: string
  /** Start of the time window, ISO datetime; `from` is a synonym. @toolDescription ISO datetime; `from` is a synonym. @format date-time */
  startDate?: string
  /** End of the time window, ISO datetime; `to` is a synonym. @toolDescription ISO datetime; `to` is a synonym. @format date-time */
  endDate?: string
  /** Synonym of `startDate`, ISO datetime. @toolDescription ISO datetime. @format date-time */
  from?: string
  /** Synonym of `endDate`, ISO datetime. @toolDescription ISO datetime. @format date-time */
  to?: string
}

/** Filters of the conversion and payout stats. */
export interface MoneyStatsParams {
  /** Only this program's figures. */
  programId?: string
  /** Time window: the last 7, 30 or 90 days, or `all`. The default is not documented. */
  period?: StatsPeriod
}

/**
 * How a program pays commission: `one_time`, `recurring` or `recurring_limited`. The reference lists
 * the values without defining them; `recurring_limited` presumably stops after `commissionLimitMonths`.
 */
export type CommissionType = 'one_time' | 'recurring' | 'recurring_limited'
/** Lifecycle status of a program: `active`, `paused` or `archived`. */
export type ProgramStatus = 'active' | 'paused' | 'archived'
/**
 * Marketplace visibility of a program: `private`, `draft` or `public`.
 * Also the value set of `status` in `updateProgramMarketplace`.
 */
export type ProgramMarketplaceStatus = 'private' | 'draft' | 'public'
/** How affiliates join a program: `open` or `invite_only`. */
export type ProgramApplicationAccess = 'open' | 'invite_only'
/** How far a program's setup is: `setup`, `partial` or `ready` (the stages are not defined in the reference). */
export type ProgramReadiness = 'setup' | 'partial' | 'ready'
/** How `connectStripe` connects Stripe; `oauth_url` (the only value) answers with an `authUrl` for the merchant to open. */
export type StripeConnectMethod = 'oauth_url'
/** Status of an affiliate's membership in a program: `approved` or `blocked` (pending joins are applications). */
export type AffiliateStatus = 'approved' | 'blocked'
/** The field affiliate lists are sorted by. */
export type AffiliateSortBy = 'createdAt' | 'totalClicks' | 'totalRevenue' | 'name'
/** Sort direction: `asc` (ascending) or `desc` (descending). */
export type SortOrder = 'asc' | 'desc'
/** Status of an affiliate's application to join a program. */
export type ApplicationStatus = 'pending' | 'approved' | 'declined' | 'withdrawn' | 'blocked'
/** The channel an application or affiliate came through (the values are not defined further in the reference). */
export type ApplicationSource = 'browser' | 'api' | 'mcp' | 'invite' | 'import'
/**
 * Status of a conversion, as the SDK types it. The merchant guide lists only `pending`, `approved`,
 * `rejected` and `refunded` (and mentions `paid`, which the SDK does not have).
 */
export type ConversionStatus = 'pending' | 'approved' | 'partially_refunded' | 'rejected' | 'refunded'
/** How a conversion was attributed: by tracking `cookie`, by `coupon` code, or by `metadata` (not explained in the reference). */
export type ConversionMethod = 'cookie' | 'coupon' | 'metadata'
/** Status of a payout: `pending`, `processing`, `completed` or `failed`. */
export type PayoutStatus = 'pending' | 'processing' | 'completed' | 'failed'
/** How an affiliate is paid: PayPal or bank transfer. */
export type PayoutMethod = 'paypal' | 'bank_transfer'
/** Review status of a fraud flag: `open` until resolved, then `reviewed`, `dismissed` or `confirmed`. */
export type FlagStatus = 'open' | 'reviewed' | 'dismissed' | 'confirmed'
/** The statuses `resolveFlag` accepts. */
export type FlagResolution = Exclude<FlagStatus, 'open'>
/** What a fraud flag is about. */
export type FlagType = 'suspicious_activity' | 'self_referral' | 'high_click_frequency' | 'conversion_anomaly' | 'manual_review'
/** A merchant's AgentRef plan (billing tier). */
export type BillingTierId = 'free' | 'starter' | 'growth' | 'pro'
/** The tiers `subscribeBilling` accepts. */
export type BookableBillingTierId = Exclude<BillingTierId, 'free'>
/** Whether the merchant must pay for a plan, and where they stand (the values are not defined in the reference). */
export type BillingRequirementStatus = 'not_required' | 'required' | 'grace_period' | 'restricted' | 'active'
/** Time window of stats: the last 7, 30 or 90 days, or all time. */
export type StatsPeriod = '7d' | '30d' | '90d' | 'all'
/** Order of marketplace programs: by EPC (earnings per click), conversion rate, commission, or newest first. */
export type MarketplaceSort = 'epc' | 'conversionRate' | 'commission' | 'newest'
/** Kind filter of marketing-resource lists; `all` lists every kind. */
export type MarketingResourceKind = 'all' | 'collections' | 'files' | 'social_posts' | 'swipe_copy' | 'links'
/** Kind filter of the merchant's marketing-resource list: every `MarketingResourceKind`, plus `drafts`. */
export type MerchantMarketingResourceKind = MarketingResourceKind | 'drafts'
/** Publication status of a marketing resource. */
export type MarketingResourceStatus = 'published' | 'draft' | 'archived'
/** The social platform a social post is meant for; `generic` for any. */
export type MarketingResourcePlatform = 'x' | 'linkedin' | 'instagram' | 'tiktok' | 'facebook' | 'threads' | 'generic'
/** What a download URL bundles: all media of a social post, or all files of a collection. */
export type MarketingResourceDownloadBundle = 'social_post_media' | 'collection_files'
/** Whether a webhook endpoint gets deliveries: `active` or `disabled`. */
export type WebhookEndpointStatus = 'active' | 'disabled'
/** Payload schema version of webhook deliveries; always `2` at present. */
export type WebhookSchemaVersion = 2
/** The environment a webhook event comes from. */
export type WebhookEnvironment = 'production' | 'preview' | 'development'
/** The 13 webhook event types, in five groups: program, affiliate, conversion, payout and flag. */
export type WebhookEventType =
  | 'program.created'
  | 'program.updated'
  | 'affiliate.joined'
  | 'affiliate.approved'
  | 'affiliate.blocked'
  | 'affiliate.unblocked'
  | 'conversion.created'
  | 'conversion.refunded'
  | 'payout.created'
  | 'payout.processing'
  | 'payout.completed'
  | 'payout.failed'
  | 'flag.resolved'

// Core merchant objects (reference §11.1)

/**
 * An affiliate program. Money amounts are in minor units (cents) of `currency`, the reference's
 * rule for every AgentRef amount; fields typed `| null` are always sent and null when not set.
 */
export interface Program {
  /** Program id. */
  id: string
  /** Id of the merchant that owns the program. */
  merchantId: string
  /** Program name. */
  name: string
  /** Program description; null when not set. */
  description: string | null
  /** The program's slug; how it differs from `portalSlug` is not documented. */
  slug: string
  /** The merchant's website URL; null when not set. */
  website: string | null
  /** Landing page URL; null when not set. */
  landingPageUrl: string | null
  /** Slug of the program's affiliate portal; null when not set. */
  portalSlug: string | null
  /** Lifecycle status: `active`, `paused` or `archived`. */
  status: ProgramStatus
  /** Marketplace visibility: `private`, `draft` or `public`. */
  marketplaceStatus: ProgramMarketplaceStatus
  /** How affiliates join: `open` or `invite_only`. Optional: the API may leave it out. */
  applicationAccess?: ProgramApplicationAccess
  /** Marketplace category, free text (e.g. `SaaS`); null when not set. */
  marketplaceCategory: string | null
  /** Description shown in the marketplace; null when not set. */
  marketplaceDescription: string | null
  /** Logo URL shown in the marketplace; null when not set. */
  marketplaceLogoUrl: string | null
  /** How commission is paid: `one_time`, `recurring` or `recurring_limited`. */
  commissionType: CommissionType
  /** Commission rate as a plain percentage (`20` is 20 %). */
  commissionPercent: number
  /** Months a limited recurring commission runs (meaning read from the name; not documented); null when not set. */
  commissionLimitMonths: number | null
  /** Days a commission is held before it can be paid (read from the name; not documented). */
  commissionHoldDays: number
  /** Lifetime of the tracking cookie, in days. */
  cookieDuration: number
  /** Whether tracking needs the visitor's consent (not documented further); null when not set. */
  trackingRequiresConsent: boolean | null
  /** Other names of the tracking query parameter (not documented further); null when not set. */
  trackingParamAliases: string[] | null
  /** Smallest pending balance an affiliate is paid out, minor units (cents) of `currency`. */
  payoutThreshold: number
  /** Currency of the program's amounts, a currency code such as `USD`. */
  currency: string
  /** Whether applications to join are approved automatically. */
  autoApproveAffiliates: boolean
  /** URL of the program's terms; null when not set. */
  termsUrl: string | null
  /** Id of the connected Stripe account; null when Stripe is not connected. */
  stripeAccountId: string | null
  /** When Stripe was connected, ISO datetime; null when not connected. @format date-time */
  stripeConnectedAt: string | null
  /** When the program was created, ISO datetime. @format date-time */
  createdAt: string
  /** When the program was last changed, ISO datetime. @format date-time */
  updatedAt: string
}

/** A program as `getProgram` returns it: every `Program` field plus its `readiness`. */
export interface ProgramDetail extends Program {
  /** How far the program's setup is: `setup`, `partial` or `ready`. */
  readiness: ProgramReadiness
}

/** Totals of one program (`getProgramStats`). Amounts are minor units (cents). */
export interface ProgramStats {
  /** Program id. */
  programId: string
  /** Program name. */
  programName: string
  /** The program's lifecycle status. */
  status: ProgramStatus
  /** Revenue of the program's conversions, minor units (cents). */
  totalRevenue: number
  /** Number of conversions. */
  totalConversions: number
  /** Commission earned by affiliates, minor units (cents). */
  totalCommissions: number
  /** Commission still pending, minor units (cents). */
  pendingCommissions: number
  /** Number of active affiliates (what counts as active is not documented). */
  activeAffiliates: number
  /** Number of conversions in each status. */
  conversionsByStatus: {
    /** Pending conversions. */
    pending: number
    /** Approved conversions. */
    approved: number
    /** Partially refunded conversions. Optional: the API may leave it out. */
    partiallyRefunded?: number
    /** Rejected conversions. */
    rejected: number
    /** Refunded conversions. */
    refunded: number
  }
}

/** Result of `connectStripe`. */
export interface ConnectProgramStripeResponse {
  /** Whether the program's Stripe account is connected. */
  connected: boolean
  /** The connect method: `oauth_url`. */
  method: StripeConnectMethod
  /** Program id. */
  programId: string
  /** The program's setup state after the call. Optional: the API may leave it out. */
  programReadiness?: ProgramReadiness
  /** Stripe OAuth URL the merchant opens to finish connecting. Optional: the API may leave it out. */
  authUrl?: string
  /** Human-readable message about the outcome. */
  message: string
}

/** Result of `disconnectStripe`. */
export interface DisconnectProgramStripeResponse {
  /** Whether Stripe was disconnected. */
  success: boolean
  /** Program id. */
  programId: string
}

/** Result of a delete without its own payload (`deleteWebhook`). */
export interface SuccessResponse {
  /** Whether the operation succeeded. */
  success: boolean
}

/** An affiliate's membership in one program (approved or blocked). Amounts are minor units (cents). */
export interface Affiliate {
  /** Affiliate id (of this membership). */
  id: string
  /** Id of the affiliate's user account. */
  userId: string
  /** Program id. */
  programId: string
  /** The affiliate's referral code in this program. */
  code: string
  /** `approved` or `blocked`. */
  status: AffiliateStatus
  /** Clicks recorded for the affiliate. */
  totalClicks: number
  /** Conversions attributed to the affiliate. */
  totalConversions: number
  /** Commission earned by the affiliate, minor units (cents). */
  totalEarnings: number
  /** When the affiliate joined, ISO datetime. @format date-time */
  createdAt: string
}

/** An affiliate application. */
export interface Application {
  /** Application id. */
  id: string
  /** Status of the application. Optional: the reference types the object as open, so it may be missing. */
  status?: ApplicationStatus
  /** The reference documents an open object: fields beyond these are not named. */
  [key: string]: unknown
}

/** A coupon code that credits an affiliate's sales. */
export interface Coupon {
  /** Coupon id (the path value of `deleteCoupon`). */
  id: string
  /** The code customers enter, e.g. `PARTNER20`. */
  code: string
  /** The affiliate the coupon credits. */
  affiliateId: string
  /** Program id. */
  programId: string
  /** When the coupon was created, ISO datetime. @format date-time */
  createdAt: string
}

/** An invite to join a program. */
export interface Invite {
  /** Invite token: the path value of `getInvite` and `claimInvite`. */
  token: string
  /** E-mail address of the invitee (what a public invite holds here is not documented). */
  email: string
  /** Program id. */
  programId: string
  /** When the invite expires, ISO datetime. @format date-time */
  expiresAt: string
  /** When the invite was created, ISO datetime. @format date-time */
  createdAt: string
}

/** A sale attributed to an affiliate. Amounts are minor units (cents). */
export interface Conversion {
  /** Conversion id. */
  id: string
  /** The affiliate credited with the sale. */
  affiliateId: string
  /** Program id. */
  programId: string
  /** Sale amount, minor units (cents). */
  amount: number
  /** The affiliate's commission on the sale, minor units (cents). */
  commission: number
  /** Status of the conversion. */
  status: ConversionStatus
  /** How it was attributed: `cookie`, `coupon` or `metadata`. */
  method: ConversionMethod
  /** Stripe session id of the sale; null when there is none. */
  stripeSessionId: string | null
  /** When the conversion was recorded, ISO datetime. @format date-time */
  createdAt: string
}

/** Conversion totals (`getConversionStats`). Amounts are minor units (cents). */
export interface ConversionStats {
  /** Number of conversions. */
  total: number
  /** Number of pending conversions. */
  pending: number
  /** Number of approved conversions. */
  approved: number
  /** Revenue of the conversions, minor units (cents). */
  totalRevenue: number
  /** Commission on the conversions, minor units (cents). */
  totalCommissions: number
}

/** A payout to an affiliate. */
export interface Payout {
  /** Payout id. */
  id: string
  /** The affiliate paid. */
  affiliateId: string
  /** Amount paid, minor units (cents). */
  amount: number
  /** Status of the payout. */
  status: PayoutStatus
  /** How it is paid (`paypal` or `bank_transfer`; the reference types it as any string); null when not set. */
  method: string | null
  /** When the payout was created, ISO datetime. @format date-time */
  createdAt: string
  /** When the payout completed, ISO datetime; null until then. @format date-time */
  completedAt: string | null
}

/** An affiliate with an unpaid balance (`listPendingAffiliates`). */
export interface PendingAffiliate {
  /** Affiliate id. */
  affiliateId: string
  /** The affiliate's e-mail address. */
  email: string
  /** The affiliate's name; null when not known. */
  name: string | null
  /** The affiliate's referral code. */
  code: string
  /** Program id. */
  programId: string
  /** Program name. */
  programName: string
  /** The payout method the affiliate chose; null when none is set. */
  payoutMethod: PayoutMethod | null
  /** The affiliate's PayPal address; null when not set. */
  paypalEmail: string | null
  /** The affiliate's IBAN; null when not set (whether it is masked here is not documented). */
  bankIban: string | null
  /** Unpaid commission, minor units (cents) of `currency`. */
  pendingAmount: number
  /** Currency of `pendingAmount` and `threshold`, a currency code such as `USD`. */
  currency: string
  /** The program's payout threshold, minor units (cents) of `currency`. */
  threshold: number
  /** Whether `pendingAmount` reaches `threshold`. */
  meetsThreshold: boolean
  /** Number of commissions in the unpaid balance. */
  commissionCount: number
  /** Whether the affiliate has set a payout method. */
  hasPayoutMethod: boolean
}

/** Payout totals (`getPayoutStats`). Amounts are minor units (cents). */
export interface PayoutStats {
  /** Amount paid out, minor units (cents). */
  totalPaid: number
  /** Amount still to be paid, minor units (cents). */
  totalPending: number
  /** Number of payouts (not described further in the reference). */
  count: number
}

/** A fraud flag raised on an affiliate. */
export interface Flag {
  /** Flag id. */
  id: string
  /** The flagged affiliate. */
  affiliateId: string
  /** What the flag is about. */
  type: FlagType
  /** Review status; `open` until resolved. */
  status: FlagStatus
  /** An object whose fields the reference does not document; null when there are none. */
  details: Record<string, unknown> | null
  /** Note given when the flag was resolved; null when none. */
  note: string | null
  /** When the flag was raised, ISO datetime. @format date-time */
  createdAt: string
  /** When the flag was resolved, ISO datetime; null while open. @format date-time */
  resolvedAt: string | null
}

/** Number of fraud flags in each status (`getFlagStats`). */
export interface FlagStats {
  /** Open flags. */
  open: number
  /** Reviewed flags. */
  reviewed: number
  /** Dismissed flags. */
  dismissed: number
  /** Confirmed flags. */
  confirmed: number
  /** All flags. */
  total: number
}

/** The merchant's AgentRef plan (`getBilling`, `subscribeBilling`). */
export interface BillingStatus {
  /** The current tier. */
  tier: BillingTierId
  /** The merchant's monthly revenue, minor units (cents); the window it covers is not documented. */
  monthlyRevenue: number
  /** The next higher tier; null when there is none. */
  nextTier: BillingTierId | null
  /** Id of the plan's Stripe subscription; null when there is none. */
  stripeSubscriptionId: string | null
}

/** A plan of AgentRef's own billing (`listBillingTiers`). */
export interface BillingTier {
  /** Tier id. */
  id: BillingTierId
  /** Display name. */
  name: string
  /** Price, minor units (cents) by the reference's rule for amounts; its currency and billing period are not documented. */
  price: number
  /** Revenue limit of the tier, minor units (cents); presumably compared with `monthlyRevenue` (not documented). */
  maxRevenue: number
  /** Features of the tier, as display text. */
  features: string[]
  /** Whether `subscribeBilling` accepts the tier (`free` does not). */
  bookable: boolean
}

/** Which notifications the merchant receives (the Python SDK defaults every one to true except `weeklyDigest`). */
export interface NotificationPreferences {
  /** Notify when an affiliate joins. */
  newAffiliate: boolean
  /** Notify on each new conversion. */
  newConversion: boolean
  /** Notify when a commission is approved. */
  commissionApproved: boolean
  /** Notify when a payout is processed. */
  payoutProcessed: boolean
  /** Send a weekly digest. */
  weeklyDigest: boolean
}

/** The merchant account (`getMerchant`). */
export interface Merchant {
  /** Merchant id. */
  id: string
  /** Id of the user who owns the account. */
  userId: string
  /** Company name. */
  companyName: string
  /** Logo URL; null when not set. */
  logoUrl: string | null
  /** The current billing tier id (typed as any string in the reference). */
  billingTier: string
  /** Whether the merchant must pay for a plan, and where they stand. */
  billingRequirementStatus: BillingRequirementStatus
  /** Payment status of the account; its values are not documented. */
  paymentStatus: string
  /** When a payment last failed, ISO datetime; null when none has. @format date-time */
  lastPaymentFailedAt: string | null
  /** Default tracking-cookie lifetime for programs, in days. */
  defaultCookieDuration: number
  /** Default payout threshold for programs, minor units (cents). */
  defaultPayoutThreshold: number
  /** IANA time zone, e.g. `America/New_York`. */
  timezone: string
  /** Whether tracking needs the visitor's consent (not documented further). */
  trackingRequiresConsent: boolean
  /** Other names of the tracking query parameter (not documented further). */
  trackingParamAliases: string[]
  /** The merchant's notification settings; null when not set. */
  notificationPreferences: NotificationPreferences | null
  /** Whether onboarding is finished. */
  onboardingCompleted: boolean
  /** The onboarding step reached (the steps are not documented). */
  onboardingStep: number
  /** When the account was created, ISO datetime. @format date-time */
  createdAt: string
  /** When the account was last changed, ISO datetime. @format date-time */
  updatedAt: string
}

/** The affiliate's payout details (`getPayoutInfo`, affiliate key). Each field is null when not set. */
export interface PayoutInfo {
  /** How the affiliate is paid; null when not set. */
  payoutMethod: PayoutMethod | null
  /** PayPal address for payouts; null when not set. @format email */
  paypalEmail: string | null
  /** Name of the bank account holder; null when not set. */
  bankAccountHolder: string | null
  /** IBAN; null when not set. Masked, e.g. `****1234`. @toolDescription Masked, e.g. `****1234`. */
  bankIban: string | null
  /** BIC (SWIFT code) of the bank; null when not set. */
  bankBic: string | null
  /** First name; null when not set. */
  firstName: string | null
  /** Last name; null when not set. */
  lastName: string | null
  /** First address line; null when not set. */
  addressLine1: string | null
  /** Second address line; null when not set. */
  addressLine2: string | null
  /** City; null when not set. */
  city: string | null
  /** State or region; null when not set. */
  state: string | null
  /** Postal code; null when not set. */
  postalCode: string | null
  /** VAT id; null when not set. */
  vatId: string | null
}

/** A webhook endpoint of the merchant. */
export interface WebhookEndpoint {
  /** Endpoint id. */
  id: string
  /** Display name. */
  name: string
  /** URL the deliveries are POSTed to: HTTPS (plain HTTP to localhost only during development). */
  url: string
  /** `active` or `disabled`. */
  status: WebhookEndpointStatus
  /** The one program whose events it gets; null for every program. */
  programId: string | null
  /** Payload schema version, always `2`. */
  schemaVersion: WebhookSchemaVersion
  /** The event types delivered to it (at least one). */
  subscribedEvents: WebhookEventType[]
  /** Last four characters of the signing secret; null when not available (not documented). */
  secretLastFour: string | null
  /** When the endpoint was created, ISO datetime. @format date-time */
  createdAt: string
  /** When the endpoint was last changed, ISO datetime. @format date-time */
  updatedAt: string
  /** When the endpoint was disabled, ISO datetime; null while active. @format date-time */
  disabledAt: string | null
}

/** Result of `createWebhook` and `rotateWebhookSecret`: the endpoint and its signing secret. */
export interface WebhookSecretResponse {
  /** The endpoint. */
  endpoint: WebhookEndpoint
  /** Signing secret for verifying deliveries, `whsec_…`; returned only by `createWebhook` and `rotateWebhookSecret`, so store it. */
  signingSecret: string
}

/** Result of `upsertMerchantProfile`. */
export interface OnboardingMerchantProfile {
  /** Merchant id. */
  merchantId: string
  /** Company name as saved. */
  companyName: string
}

/** Result of `completeOnboarding`. */
export interface CompleteOnboardingResponse {
  /** Whether onboarding is finished. */
  onboardingCompleted: boolean
  /** The onboarding step reached (the steps are not documented). */
  onboardingStep: number
}

/** A tracking health check of one program. */
export interface ProgramTrackingStatus {
  /** Program id. */
  programId: string
  /** Checks by name, each with its `complete` flag; the reference's fixture shows `scriptInstalled`. */
  health?: ProgramTrackingHealth
  /** The reference documents an open object: fields beyond these are not named. */
  [key: string]: unknown
}

/** The health checks of `ProgramTrackingStatus`; only `scriptInstalled` is named in the reference. */
export interface ProgramTrackingHealth {
  /** Whether the tracking script is installed. Optional: the API may leave it out. */
  scriptInstalled?: {
    /** Whether the check passes. */
    complete: boolean
  }
  /** Other checks are not named in the reference. */
  [check: string]: { complete: boolean } | undefined
}

/** A program of the marketplace. */
export interface MarketplaceProgram {
  /** Program id, the value `applyToMarketplaceProgram` takes. Optional: the reference types the object as open. */
  programId?: string
  /** An id; the reference names both `id` and `programId` without saying which the API sends. Optional. */
  id?: string
  /** Commission rate as a plain percentage. Optional: the reference types the object as open. */
  commissionPercent?: number
  /** The reference documents an open object: fields beyond these are not named. */
  [key: string]: unknown
}

// Affiliate workspace objects (reference §11.2)

/** `GET /me`: the key, its owner, and (per the docs) the owner's program context. */
export interface AffiliateWorkspaceIdentity {
  /** The calling key: owner type, key type and scopes. */
  key: AffiliateWorkspaceKey
  /** The key's owner. */
  owner: AffiliateWorkspaceOwner
  /** The docs add "program context" without naming its fields. */
  [key: string]: unknown
}

/** The calling key, as `GET /me` describes it. */
export interface AffiliateWorkspaceKey {
  /** Who owns the key, e.g. `affiliate` or `merchant` (values not enumerated in the reference). */
  ownerType: string
  /** The key type, e.g. `affiliate` (values not enumerated in the reference). */
  keyType: string
  /** The key's scopes, e.g. `profile:read`. */
  scopes: string[]
  /** Other fields are not named in the reference. */
  [key: string]: unknown
}

/** The key's owner: the fixture shows `affiliateId` for an affiliate key; other fields are not named in the reference. */
export interface AffiliateWorkspaceOwner {
  /** The owner's affiliate id (the fixture's only field). Optional: the object is open. */
  affiliateId?: string
  /** Other fields are not named in the reference. */
  [key: string]: unknown
}

/** Totals of one program in the affiliate's overview. Amounts are minor units (cents). */
export interface AffiliateWorkspaceOverviewProgramStats {
  /** Program id. */
  programId: string
  /** Program name. */
  programName: string
  /** Clicks on the affiliate's links. */
  totalClicks: number
  /** Conversions attributed to the affiliate. */
  totalConversions: number
  /** Revenue of those conversions, minor units (cents). */
  totalRevenue: number
  /** Commission earned, minor units (cents). */
  totalCommission: number
  /** Commission paid out, minor units (cents). */
  totalPaidOut: number
}

/** The affiliate's totals across their programs (`getWorkspaceOverview`). Amounts are minor units (cents). */
export interface AffiliateWorkspaceOverview {
  /** Id of the affiliate's profile. */
  affiliateProfileId: string
  /** Number of programs the affiliate belongs to. */
  programCount: number
  /** Number of those that are active (what counts as active is not documented). */
  activeProgramCount: number
  /** All earnings, minor units (cents). */
  totalEarnings: number
  /** Earnings still pending, minor units (cents); how they differ from `availableEarnings` is not documented. */
  pendingEarnings: number
  /** Earnings available for payout, minor units (cents). */
  availableEarnings: number
  /** Earnings paid out, minor units (cents). */
  paidEarnings: number
  /** Totals per program. */
  programStats: AffiliateWorkspaceOverviewProgramStats[]
}

/** A program the affiliate belongs to (`listWorkspacePrograms`). Amounts are minor units (cents). */
export interface AffiliateWorkspaceProgram {
  /** The affiliate's id in this program. */
  affiliateId: string
  /** Program id. */
  programId: string
  /** Program name. */
  programName: string
  /** Program description; null when not set. */
  programDescription: string | null
  /** The merchant's company name; null when not set. */
  companyName: string | null
  /** Slug of the program's affiliate portal; null when not set. */
  portalSlug: string | null
  /** Theme of the program's portal (format not documented); null when not set. */
  portalTheme: string | null
  /** The program's marketplace logo URL; null when not set. */
  marketplaceLogoUrl: string | null
  /** How commission is paid. */
  commissionType: CommissionType
  /** Commission rate as a plain percentage. */
  commissionPercent: number
  /** The affiliate's referral code in this program. */
  code: string
  /** Whether the affiliate is approved in this program. */
  isApproved: boolean
  /** Whether the affiliate is blocked in this program. */
  isBlocked: boolean
  /** Clicks on the affiliate's links. */
  totalClicks: number
  /** Conversions attributed to the affiliate. */
  totalConversions: number
  /** Revenue of those conversions, minor units (cents). */
  totalRevenue: number
  /** Commission earned, minor units (cents). */
  totalCommission: number
  /** Commission paid out, minor units (cents). */
  totalPaidOut: number
  /** When the affiliate joined, ISO datetime. @format date-time */
  createdAt: string
}

/**
 * Program detail of the affiliate workspace (`getWorkspaceProgram`), with the affiliate's payout
 * details (`PayoutInfo`). Amounts are minor units (cents) of `currency`.
 */
export interface AffiliateWorkspaceProgramDetail extends Omit<PayoutInfo, 'payoutMethod'> {
  /** The affiliate's id in this program. */
  affiliateId: string
  /** Program id. */
  programId: string
  /** Program name. */
  programName: string
  /** Program description; null when not set. */
  programDescription: string | null
  /** The merchant's company name; null when not set. */
  merchantCompanyName: string | null
  /** Theme of the program's portal (format not documented); null when not set. */
  portalTheme: string | null
  /** The program's marketplace logo URL; null when not set. */
  marketplaceLogoUrl: string | null
  /** The merchant's website URL; null when not set. */
  website: string | null
  /** The program's landing page URL; null when not set. */
  landingPageUrl: string | null
  /** How commission is paid. */
  commissionType: CommissionType
  /** Commission rate as a plain percentage. */
  commissionPercent: number
  /** Months a limited recurring commission runs (not documented); null when not set. */
  commissionLimitMonths: number | null
  /** Lifetime of the tracking cookie, in days. */
  cookieDuration: number
  /** Smallest pending balance that is paid out, minor units (cents) of `currency`. */
  payoutThreshold: number
  /** How often payouts are made; the values are not documented. */
  payoutFrequency: string
  /** Currency of the program's amounts, a currency code such as `USD`. */
  currency: string
  /** An object whose fields the reference does not document. Optional: the API may leave it out. */
  payoutCompliance?: Record<string, unknown>
  /** Whether the affiliate may choose custom link destinations (not documented further). Optional: the API may leave it out. */
  allowCustomDestinations?: boolean
  /** Landing pages the affiliate may link to. Optional: the API may leave it out. */
  allowedLandingPages?: AllowedLandingPage[]
  /** URL of the program's terms; null when not set. */
  termsUrl: string | null
  /** The affiliate's referral code in this program. */
  code: string
  /** Whether the affiliate is approved in this program. */
  isApproved: boolean
  /** Whether the affiliate is blocked in this program. */
  isBlocked: boolean
  /** How the affiliate is paid (`paypal` or `bank_transfer`; typed as any string here); null when not set. */
  payoutMethod: string | null
  /** The affiliate's company name (payout details); null when not set. */
  companyName: string | null
  /** The affiliate's country (format not documented); null when not set. */
  country: string | null
  /** Kind of `taxId` (values not documented); null when not set. */
  taxIdType: string | null
  /** The affiliate's tax id; null when not set. */
  taxId: string | null
  /** Whether the affiliate has completed the tax form. */
  taxFormCompleted: boolean
  /** Clicks on the affiliate's links. */
  totalClicks: number
  /** Conversions attributed to the affiliate. */
  totalConversions: number
  /** Revenue of those conversions, minor units (cents). */
  totalRevenue: number
  /** Commission earned, minor units (cents). */
  totalCommission: number
  /** Commission paid out, minor units (cents). */
  totalPaidOut: number
  /** Commission still pending, minor units (cents). */
  pendingCommission: number
  /** When the affiliate joined, ISO datetime. @format date-time */
  createdAt: string
}

/** A landing page an affiliate may link to (fields from the reference's fixture). */
export interface AllowedLandingPage {
  /** Path on the merchant's site, e.g. `/pricing`. */
  path: string
  /** Display label. */
  label: string
}

/** An affiliate's tracking link. */
export interface AffiliateLink {
  /** Link id. */
  id: string
  /** Link name. Optional: the reference types the object as open. */
  name?: string
  /** The link's code (called `refCode` before SDK 5.1.1). Optional: the object is open. */
  code?: string
  /** Destination URL; null when not set. Optional: the object is open. */
  targetUrl?: string | null
  /** Whether the link is active. Optional: the object is open. */
  isActive?: boolean
  /** The reference documents an open object: fields beyond these are not named. */
  [key: string]: unknown
}

// Marketing-resource objects (reference §11.3; several use snake_case fields)

/** A marketing resource: a social post, file, collection, swipe copy or link. */
export interface MarketingResource {
  /** Resource id. */
  id: string
  /** Title. Optional: the reference types the object as open. */
  title?: string
  /** Kind of resource, e.g. `social_post` (the fixture's value; the full set is not documented). Optional. */
  kind?: string
  /** The reference documents an open object: fields beyond these are not named. */
  [key: string]: unknown
}

/** Upload the bytes to `signed_url`, then call `completeSocialPostMediaUpload` with `upload_path` and `upload_token`. */
export interface MarketingResourceUploadSession {
  /** Name of the storage bucket. */
  bucket: string
  /** Path of the upload, to pass to `completeSocialPostMediaUpload`. */
  upload_path: string
  /** Upload token, to pass to `completeSocialPostMediaUpload`. */
  upload_token: string
  /** URL to upload the file bytes to. */
  signed_url: string
  /** Seconds until the session expires. */
  expires_in_seconds: number
}

/** A download URL of marketing-resource media or files. */
export interface MarketingResourceDownloadUrl {
  /** The download URL. */
  url: string
  /** When the URL expires, ISO datetime. Optional: the API may leave it out. @format date-time */
  expires_at?: string
  /** What the URL downloads; the reference types it `unknown`. */
  target?: unknown
}

/** Result of `publishMarketingResource`. */
export interface PublishMarketingResourceResponse {
  /** The published resource. */
  resource: MarketingResource
  /** What happened to the affiliate notification. */
  notification: {
    /** Whether notifying the affiliates was requested. */
    requested: boolean
    /** Whether the notification was accepted. Optional: the API may leave it out. */
    accepted?: boolean
    /** Error code when it was not accepted; null or left out otherwise. */
    error_code?: string | null
    /** Human-readable message; null or left out when there is none. */
    message?: string | null
  }
}

/** Result of `removeSocialPostMedia`. */
export interface RemoveMarketingResourceMediaResponse {
  /** Whether the media was removed. */
  removed: boolean
  /** Id of the removed media. */
  media_id: string
}

/** A social post rendered for the affiliate (`renderSocialPost`). */
export interface RenderedMarketingSocialPost {
  /** Post text; may contain the placeholder `{{affiliate_link}}`. Optional: the API may leave it out. */
  body?: string
  /** Disclosure text to go with the post. Optional: the API may leave it out. */
  disclosure?: string
}
