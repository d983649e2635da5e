/** Pagination meta of AgentRef list endpoints (wire names, camelCase). */
export interface PaginationMeta {
  total: number
  page: number
  pageSize: number
  hasMore: boolean
  nextCursor?: string
  requestId?: string
}

/** A page of a paginated list: `data` plus its `meta`. */
export interface Page<T> {
  data: T[]
  meta: PaginationMeta
}

/** The PAGE query parameters every paginated endpoint accepts. */
export interface PageParams {
  cursor?: string
  /** @integer @minimum 1 @maximum 100 */
  limit?: number
  /** @integer @minimum 1 */
  page?: number
  /** @integer @minimum 1 */
  pageSize?: number
  /** @integer @minimum 0 */
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
  programId?: string
  affiliateId?: string
  /** ISO datetime; `from` is a synonym. @toolDescription ISO datetime; `from` is a synonym. @format date-time */
  startDate?: string
  /** ISO datetime; `to` is a synonym. @toolDescription ISO datetime; `to` is a synonym. @format date-time */
  endDate?: string
  /** ISO datetime. @toolDescription ISO datetime. @format date-time */
  from?: string
  /** ISO datetime. @toolDescription ISO datetime. @format date-time */
  to?: string
}

/** Filters of the conversion and payout stats. */
export interface MoneyStatsParams {
  programId?: string
  period?: StatsPeriod
}

export type CommissionType = 'one_time' | 'recurring' | 'recurring_limited'
export type ProgramStatus = 'active' | 'paused' | 'archived'
/** Also the value set of `status` in `updateProgramMarketplace`. */
export type ProgramMarketplaceStatus = 'private' | 'draft' | 'public'
export type ProgramApplicationAccess = 'open' | 'invite_only'
export type ProgramReadiness = 'setup' | 'partial' | 'ready'
export type StripeConnectMethod = 'oauth_url'
export type AffiliateStatus = 'approved' | 'blocked'
export type AffiliateSortBy = 'createdAt' | 'totalClicks' | 'totalRevenue' | 'name'
export type SortOrder = 'asc' | 'desc'
export type ApplicationStatus = 'pending' | 'approved' | 'declined' | 'withdrawn' | 'blocked'
export type ApplicationSource = 'browser' | 'api' | 'mcp' | 'invite' | 'import'
export type ConversionStatus = 'pending' | 'approved' | 'partially_refunded' | 'rejected' | 'refunded'
export type ConversionMethod = 'cookie' | 'coupon' | 'metadata'
export type PayoutStatus = 'pending' | 'processing' | 'completed' | 'failed'
export type PayoutMethod = 'paypal' | 'bank_transfer'
export type FlagStatus = 'open' | 'reviewed' | 'dismissed' | 'confirmed'
/** The statuses `resolveFlag` accepts. */
export type FlagResolution = Exclude<FlagStatus, 'open'>
export type FlagType = 'suspicious_activity' | 'self_referral' | 'high_click_frequency' | 'conversion_anomaly' | 'manual_review'
export type BillingTierId = 'free' | 'starter' | 'growth' | 'pro'
/** The tiers `subscribeBilling` accepts. */
export type BookableBillingTierId = Exclude<BillingTierId, 'free'>
export type BillingRequirementStatus = 'not_required' | 'required' | 'grace_period' | 'restricted' | 'active'
export type StatsPeriod = '7d' | '30d' | '90d' | 'all'
export type MarketplaceSort = 'epc' | 'conversionRate' | 'commission' | 'newest'
export type MarketingResourceKind = 'all' | 'collections' | 'files' | 'social_posts' | 'swipe_copy' | 'links'
/** Merchant listing also accepts `drafts`. */
export type MerchantMarketingResourceKind = MarketingResourceKind | 'drafts'
export type MarketingResourceStatus = 'published' | 'draft' | 'archived'
export type MarketingResourcePlatform = 'x' | 'linkedin' | 'instagram' | 'tiktok' | 'facebook' | 'threads' | 'generic'
export type MarketingResourceDownloadBundle = 'social_post_media' | 'collection_files'
export type WebhookEndpointStatus = 'active' | 'disabled'
export type WebhookSchemaVersion = 2
export type WebhookEnvironment = 'production' | 'preview' | 'development'
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

export interface Program {
  id: string
  merchantId: string
  name: string
  description: string | null
  slug: string
  website: string | null
  landingPageUrl: string | null
  portalSlug: string | null
  status: ProgramStatus
  marketplaceStatus: ProgramMarketplaceStatus
  applicationAccess?: ProgramApplicationAccess
  marketplaceCategory: string | null
  marketplaceDescription: string | null
  marketplaceLogoUrl: string | null
  commissionType: CommissionType
  commissionPercent: number
  commissionLimitMonths: number | null
  commissionHoldDays: number
  /** Days. */
  cookieDuration: number
  trackingRequiresConsent: boolean | null
  trackingParamAliases: string[] | null
  payoutThreshold: number
  currency: string
  autoApproveAffiliates: boolean
  termsUrl: string | null
  stripeAccountId: string | null
  /** @format date-time */
  stripeConnectedAt: string | null
  /** @format date-time */
  createdAt: string
  /** @format date-time */
  updatedAt: string
}

export interface ProgramDetail extends Program {
  readiness: ProgramReadiness
}

export interface ProgramStats {
  programId: string
  programName: string
  status: ProgramStatus
  totalRevenue: number
  totalConversions: number
  totalCommissions: number
  pendingCommissions: number
  activeAffiliates: number
  conversionsByStatus: {
    pending: number
    approved: number
    partiallyRefunded?: number
    rejected: number
    refunded: number
  }
}

export interface ConnectProgramStripeResponse {
  connected: boolean
  method: StripeConnectMethod
  programId: string
  programReadiness?: ProgramReadiness
  authUrl?: string
  message: string
}

export interface DisconnectProgramStripeResponse {
  success: boolean
  programId: string
}

export interface SuccessResponse {
  success: boolean
}

export interface Affiliate {
  id: string
  userId: string
  programId: string
  code: string
  status: AffiliateStatus
  totalClicks: number
  totalConversions: number
  totalEarnings: number
  /** @format date-time */
  createdAt: string
}

/** An affiliate application. */
export interface Application {
  id: string
  status?: ApplicationStatus
  /** The reference documents an open object: fields beyond these are not named. */
  [key: string]: unknown
}

export interface Coupon {
  id: string
  code: string
  affiliateId: string
  programId: string
  /** @format date-time */
  createdAt: string
}

export interface Invite {
  token: string
  email: string
  programId: string
  /** @format date-time */
  expiresAt: string
  /** @format date-time */
  createdAt: string
}

export interface Conversion {
  id: string
  affiliateId: string
  programId: string
  /** Minor units (cents). */
  amount: number
  commission: number
  status: ConversionStatus
  method: ConversionMethod
  stripeSessionId: string | null
  /** @format date-time */
  createdAt: string
}

export interface ConversionStats {
  total: number
  pending: number
  approved: number
  totalRevenue: number
  totalCommissions: number
}

export interface Payout {
  id: string
  affiliateId: string
  amount: number
  status: PayoutStatus
  method: string | null
  /** @format date-time */
  createdAt: string
  /** @format date-time */
  completedAt: string | null
}

export interface PendingAffiliate {
  affiliateId: string
  email: string
  name: string | null
  code: string
  programId: string
  programName: string
  payoutMethod: PayoutMethod | null
  paypalEmail: string | null
  bankIban: string | null
  pendingAmount: number
  currency: string
  threshold: number
  meetsThreshold: boolean
  commissionCount: number
  hasPayoutMethod: boolean
}

export interface PayoutStats {
  totalPaid: number
  totalPending: number
  count: number
}

export interface Flag {
  id: string
  affiliateId: string
  type: FlagType
  status: FlagStatus
  /** An object whose fields the reference does not document. */
  details: Record<string, unknown> | null
  note: string | null
  /** @format date-time */
  createdAt: string
  /** @format date-time */
  resolvedAt: string | null
}

export interface FlagStats {
  open: number
  reviewed: number
  dismissed: number
  confirmed: number
  total: number
}

export interface BillingStatus {
  tier: BillingTierId
  monthlyRevenue: number
  nextTier: BillingTierId | null
  stripeSubscriptionId: string | null
}

export interface BillingTier {
  id: BillingTierId
  name: string
  price: number
  maxRevenue: number
  features: string[]
  bookable: boolean
}

export interface NotificationPreferences {
  newAffiliate: boolean
  newConversion: boolean
  commissionApproved: boolean
  payoutProcessed: boolean
  weeklyDigest: boolean
}

export interface Merchant {
  id: string
  userId: string
  companyName: string
  logoUrl: string | null
  billingTier: string
  billingRequirementStatus: BillingRequirementStatus
  paymentStatus: string
  /** @format date-time */
  lastPaymentFailedAt: string | null
  defaultCookieDuration: number
  defaultPayoutThreshold: number
  timezone: string
  trackingRequiresConsent: boolean
  trackingParamAliases: string[]
  notificationPreferences: NotificationPreferences | null
  onboardingCompleted: boolean
  onboardingStep: number
  /** @format date-time */
  createdAt: string
  /** @format date-time */
  updatedAt: string
}

export interface PayoutInfo {
  payoutMethod: PayoutMethod | null
  /** @format email */
  paypalEmail: string | null
  bankAccountHolder: string | null
  /** Masked, e.g. `****1234`. @toolDescription Masked, e.g. `****1234`. */
  bankIban: string | null
  bankBic: string | null
  firstName: string | null
  lastName: string | null
  addressLine1: string | null
  addressLine2: string | null
  city: string | null
  state: string | null
  postalCode: string | null
  vatId: string | null
}

export interface WebhookEndpoint {
  id: string
  name: string
  url: string
  status: WebhookEndpointStatus
  programId: string | null
  schemaVersion: WebhookSchemaVersion
  subscribedEvents: WebhookEventType[]
  secretLastFour: string | null
  /** @format date-time */
  createdAt: string
  /** @format date-time */
  updatedAt: string
  /** @format date-time */
  disabledAt: string | null
}

export interface WebhookSecretResponse {
  endpoint: WebhookEndpoint
  /** `whsec_…`; returned only by `createWebhook` and `rotateWebhookSecret`. */
  signingSecret: string
}

export interface OnboardingMerchantProfile {
  merchantId: string
  companyName: string
}

export interface CompleteOnboardingResponse {
  onboardingCompleted: boolean
  onboardingStep: number
}

/** A tracking health check of one program. */
export interface ProgramTrackingStatus {
  programId: string
  /** Checks by name, each with its `complete` flag; the reference's fixture shows `scriptInstalled`. */
  health?: ProgramTrackingHealth
  /** The reference documents an open object: fields beyond these are not named. */
  [key: string]: unknown
}

/** The health checks of `ProgramTrackingStatus`; only `scriptInstalled` is named in the reference. */
export interface ProgramTrackingHealth {
  scriptInstalled?: { complete: boolean }
  /** Other checks are not named in the reference. */
  [check: string]: { complete: boolean } | undefined
}

/** A program of the marketplace. */
export interface MarketplaceProgram {
  programId?: string
  id?: string
  commissionPercent?: number
  /** The reference documents an open object: fields beyond these are not named. */
  [key: string]: unknown
}

// Affiliate workspace objects (reference §11.2)

/** `GET /me`: the key, its owner, and (per the docs) the owner's program context. */
export interface AffiliateWorkspaceIdentity {
  key: AffiliateWorkspaceKey
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
  affiliateId?: string
  [key: string]: unknown
}

export interface AffiliateWorkspaceOverviewProgramStats {
  programId: string
  programName: string
  totalClicks: number
  totalConversions: number
  totalRevenue: number
  totalCommission: number
  totalPaidOut: number
}

export interface AffiliateWorkspaceOverview {
  affiliateProfileId: string
  programCount: number
  activeProgramCount: number
  totalEarnings: number
  pendingEarnings: number
  availableEarnings: number
  paidEarnings: number
  programStats: AffiliateWorkspaceOverviewProgramStats[]
}

export interface AffiliateWorkspaceProgram {
  affiliateId: string
  programId: string
  programName: string
  programDescription: string | null
  companyName: string | null
  portalSlug: string | null
  portalTheme: string | null
  marketplaceLogoUrl: string | null
  commissionType: CommissionType
  commissionPercent: number
  code: string
  isApproved: boolean
  isBlocked: boolean
  totalClicks: number
  totalConversions: number
  totalRevenue: number
  totalCommission: number
  totalPaidOut: number
  /** @format date-time */
  createdAt: string
}

/** Program detail of the affiliate workspace, with the affiliate's payout details (`PayoutInfo`). */
export interface AffiliateWorkspaceProgramDetail extends Omit<PayoutInfo, 'payoutMethod'> {
  affiliateId: string
  programId: string
  programName: string
  programDescription: string | null
  merchantCompanyName: string | null
  portalTheme: string | null
  marketplaceLogoUrl: string | null
  website: string | null
  landingPageUrl: string | null
  commissionType: CommissionType
  commissionPercent: number
  commissionLimitMonths: number | null
  cookieDuration: number
  payoutThreshold: number
  payoutFrequency: string
  currency: string
  /** An object whose fields the reference does not document. */
  payoutCompliance?: Record<string, unknown>
  allowCustomDestinations?: boolean
  allowedLandingPages?: AllowedLandingPage[]
  termsUrl: string | null
  code: string
  isApproved: boolean
  isBlocked: boolean
  payoutMethod: string | null
  companyName: string | null
  country: string | null
  taxIdType: string | null
  taxId: string | null
  taxFormCompleted: boolean
  totalClicks: number
  totalConversions: number
  totalRevenue: number
  totalCommission: number
  totalPaidOut: number
  pendingCommission: number
  /** @format date-time */
  createdAt: string
}

/** A landing page an affiliate may link to (fields from the reference's fixture). */
export interface AllowedLandingPage {
  path: string
  label: string
}

/** An affiliate's tracking link. */
export interface AffiliateLink {
  id: string
  name?: string
  code?: string
  targetUrl?: string | null
  isActive?: boolean
  /** The reference documents an open object: fields beyond these are not named. */
  [key: string]: unknown
}

// Marketing-resource objects (reference §11.3; several use snake_case fields)

export interface MarketingResource {
  id: string
  title?: string
  kind?: string
  /** The reference documents an open object: fields beyond these are not named. */
  [key: string]: unknown
}

/** Upload the bytes to `signed_url`, then call `completeSocialPostMediaUpload` with `upload_path` and `upload_token`. */
export interface MarketingResourceUploadSession {
  bucket: string
  upload_path: string
  upload_token: string
  signed_url: string
  expires_in_seconds: number
}

export interface MarketingResourceDownloadUrl {
  url: string
  /** @format date-time */
  expires_at?: string
  /** What the URL downloads; the reference types it `unknown`. */
  target?: unknown
}

export interface PublishMarketingResourceResponse {
  resource: MarketingResource
  notification: {
    requested: boolean
    accepted?: boolean
    error_code?: string | null
    message?: string | null
  }
}

export interface RemoveMarketingResourceMediaResponse {
  removed: boolean
  media_id: string
}

export interface RenderedMarketingSocialPost {
  /** May contain the placeholder `{{affiliate_link}}`. */
  body?: string
  disclosure?: string
}
