import type { Listed } from '../shared/listed.ts'

/** In-memory records of the AgentRef emulation. Wire-shaped; `_x` fields never leave the server. */

export type KeyType = 'merchant' | 'affiliate' | 'onboarding'

export interface RefKey {
  key: string
  type: KeyType
  scopes: string[]
}

export const COMMISSION_TYPES = ['one_time', 'recurring', 'recurring_limited'] as const
export const PROGRAM_STATUSES = ['active', 'paused', 'archived'] as const
export const MARKETPLACE_STATUSES = ['private', 'draft', 'public'] as const
export const APPLICATION_ACCESS = ['open', 'invite_only'] as const
export const APPLICATION_STATUSES = ['pending', 'approved', 'declined', 'withdrawn', 'blocked'] as const
export const APPLICATION_SOURCES = ['browser', 'api', 'mcp', 'invite', 'import'] as const
export const AFFILIATE_STATUSES = ['approved', 'blocked'] as const
export const CONVERSION_STATUSES = ['pending', 'approved', 'partially_refunded', 'rejected', 'refunded'] as const
export const PAYOUT_STATUSES = ['pending', 'processing', 'completed', 'failed'] as const
export const PAYOUT_METHODS = ['paypal', 'bank_transfer'] as const
export const FLAG_STATUSES = ['open', 'reviewed', 'dismissed', 'confirmed'] as const
export const FLAG_TYPES = ['suspicious_activity', 'self_referral', 'high_click_frequency', 'conversion_anomaly', 'manual_review'] as const
export const PERIODS = ['7d', '30d', '90d', 'all'] as const
export const PLATFORMS = ['x', 'linkedin', 'instagram', 'tiktok', 'facebook', 'threads', 'generic'] as const
export const WEBHOOK_EVENTS = [
  'program.created',
  'program.updated',
  'affiliate.joined',
  'affiliate.approved',
  'affiliate.blocked',
  'affiliate.unblocked',
  'conversion.created',
  'conversion.refunded',
  'payout.created',
  'payout.processing',
  'payout.completed',
  'payout.failed',
  'flag.resolved',
] as const

export type CommissionType = (typeof COMMISSION_TYPES)[number]
export type ConversionStatus = (typeof CONVERSION_STATUSES)[number]
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]

export interface Program {
  id: string
  merchantId: string
  name: string
  description: string | null
  slug: string
  website: string | null
  landingPageUrl: string | null
  portalSlug: string | null
  status: (typeof PROGRAM_STATUSES)[number]
  marketplaceStatus: (typeof MARKETPLACE_STATUSES)[number]
  applicationAccess: (typeof APPLICATION_ACCESS)[number]
  marketplaceCategory: string | null
  marketplaceDescription: string | null
  marketplaceLogoUrl: string | null
  commissionType: CommissionType
  commissionPercent: number
  commissionLimitMonths: number | null
  commissionHoldDays: number
  cookieDuration: number
  trackingRequiresConsent: boolean | null
  trackingParamAliases: string[] | null
  payoutThreshold: number
  currency: string
  autoApproveAffiliates: boolean
  termsUrl: string | null
  stripeAccountId: string | null
  stripeConnectedAt: string | null
  createdAt: string
  updatedAt: string
  _deleted?: boolean
  /** Marketplace figures (EPC in cents, conversion rate in %). */
  _epc: number
  _conversionRate: number
  _scriptInstalled: boolean
}

export interface AffiliateUser {
  id: string
  profileId: string
  email: string
  name: string
}

export interface Affiliate {
  id: string
  userId: string
  programId: string
  code: string
  status: 'approved' | 'blocked'
  totalClicks: number
  totalConversions: number
  totalEarnings: number
  createdAt: string
  email: string
  name: string
  source: (typeof APPLICATION_SOURCES)[number]
  blockedReason: string | null
}

export interface Application {
  id: string
  programId: string
  userId: string
  email: string
  name: string
  status: (typeof APPLICATION_STATUSES)[number]
  source: (typeof APPLICATION_SOURCES)[number]
  message: string | null
  note: string | null
  affiliateId: string | null
  createdAt: string
  updatedAt: string
}

export interface Coupon {
  id: string
  code: string
  affiliateId: string
  programId: string
  expiresAt: string | null
  createdAt: string
}

export interface Invite {
  token: string
  email: string | null
  name: string | null
  programId: string
  isPublic: boolean
  usageLimit: number | null
  usedCount: number
  trackingCode: string | null
  skipOnboarding: boolean
  expiresAt: string
  createdAt: string
}

export interface Conversion {
  id: string
  affiliateId: string
  programId: string
  amount: number
  commission: number
  status: ConversionStatus
  method: 'cookie' | 'coupon' | 'metadata'
  stripeSessionId: string | null
  createdAt: string
  _payoutId?: string
}

export interface Payout {
  id: string
  affiliateId: string
  programId: string
  amount: number
  currency: string
  status: PayoutStatus
  method: string | null
  notes: string | null
  conversionIds: string[]
  createdAt: string
  completedAt: string | null
}

export interface Flag {
  id: string
  affiliateId: string
  type: (typeof FLAG_TYPES)[number]
  status: (typeof FLAG_STATUSES)[number]
  details: Record<string, unknown> | null
  note: string | null
  createdAt: string
  resolvedAt: string | null
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
  billingRequirementStatus: 'not_required' | 'required' | 'grace_period' | 'restricted' | 'active'
  paymentStatus: string
  lastPaymentFailedAt: string | null
  defaultCookieDuration: number
  defaultPayoutThreshold: number
  timezone: string
  trackingRequiresConsent: boolean
  trackingParamAliases: string[]
  notificationPreferences: NotificationPreferences
  onboardingCompleted: boolean
  onboardingStep: number
  createdAt: string
  updatedAt: string
  _stripeSubscriptionId: string | null
}

export interface PayoutInfo {
  payoutMethod: 'paypal' | 'bank_transfer' | null
  paypalEmail: string | null
  bankAccountHolder: string | null
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

export interface AffiliateLink {
  id: string
  programId: string
  affiliateId: string
  name: string
  code: string
  destinationPath: string | null
  targetUrl: string | null
  isActive: boolean
  url: string
  clicks: number
  createdAt: string
  updatedAt: string
}

export interface ResourceMedia {
  id: string
  file_name: string
  alt_text: string | null
  sort_order: number
  url: string
}

export interface MarketingResource {
  id: string
  program_id: string
  kind: 'social_post' | 'file' | 'swipe_copy' | 'link' | 'collection'
  title: string
  description: string | null
  body: string | null
  platforms: string[]
  instructions: string | null
  collection_id: string | null
  folder_id: string | null
  status: 'published' | 'draft' | 'archived'
  media: ResourceMedia[]
  created_at: string
  updated_at: string
  published_at: string | null
}

export interface UploadSession {
  resourceId: string
  programId: string
  upload_path: string
  upload_token: string
  file_name: string
}

export interface WebhookEndpoint {
  id: string
  name: string
  url: string
  status: 'active' | 'disabled'
  programId: string | null
  schemaVersion: 2
  subscribedEvents: WebhookEventType[]
  secretLastFour: string | null
  createdAt: string
  updatedAt: string
  disabledAt: string | null
  _secret: string
}

export interface AgentRefState {
  merchant: Merchant
  billing: { tier: 'free' | 'starter' | 'growth' | 'pro' }
  /** The affiliate user behind the sandbox affiliate key. */
  me: AffiliateUser
  users: Map<string, AffiliateUser>
  payoutInfo: Map<string, PayoutInfo>
  programs: Map<string, Program>
  affiliates: Map<string, Affiliate>
  /** The lists below keep their values in createdAt order too (`sorted`), counted per program. */
  applications: Listed<Application>
  coupons: Map<string, Coupon>
  invites: Map<string, Invite>
  conversions: Listed<Conversion>
  payouts: Listed<Payout>
  flags: Listed<Flag>
  links: Map<string, AffiliateLink>
  resources: Map<string, MarketingResource>
  uploads: Map<string, UploadSession>
  webhooks: Map<string, WebhookEndpoint>
}
