import type { Listed } from '../shared/listed.ts'

/** In-memory records of the AgentRef emulation. Wire-shaped; `_x` fields never leave the server. */

export type KeyType = 'merchant' | 'affiliate' | 'onboarding'

export interface RefKey {
  key: string
  type: KeyType
  scopes: string[]
}

/** The commission models a program may have (the reference lists them without defining them). The sandbox entry point exports it as a type only: use `(typeof COMMISSION_TYPES)[number]`. */
export const COMMISSION_TYPES = ['one_time', 'recurring', 'recurring_limited'] as const
/** The statuses a program may have. The sandbox entry point exports it as a type only: use `(typeof PROGRAM_STATUSES)[number]`. */
export const PROGRAM_STATUSES = ['active', 'paused', 'archived'] as const
/** A program's marketplace listings: `public` programs are listed in the marketplace. The sandbox entry point exports it as a type only: use `(typeof MARKETPLACE_STATUSES)[number]`. */
export const MARKETPLACE_STATUSES = ['private', 'draft', 'public'] as const
/** Who may join a program: `open` (marketplace applications accepted) or `invite_only` (the sandbox answers an application 409). The sandbox entry point exports it as a type only: use `(typeof APPLICATION_ACCESS)[number]`. */
export const APPLICATION_ACCESS = ['open', 'invite_only'] as const
/** The statuses an application may have. The sandbox entry point exports it as a type only: use `(typeof APPLICATION_STATUSES)[number]`. */
export const APPLICATION_STATUSES = ['pending', 'approved', 'declined', 'withdrawn', 'blocked'] as const
/** Where an application (and the affiliate it made) may come from. Meanings not documented. The sandbox entry point exports it as a type only: use `(typeof APPLICATION_SOURCES)[number]`. */
export const APPLICATION_SOURCES = ['browser', 'api', 'mcp', 'invite', 'import'] as const
export const AFFILIATE_STATUSES = ['approved', 'blocked'] as const
/** The statuses a conversion may have. The sandbox entry point exports it as a type only: use `(typeof CONVERSION_STATUSES)[number]`. */
export const CONVERSION_STATUSES = ['pending', 'approved', 'partially_refunded', 'rejected', 'refunded'] as const
/** The statuses a payout may have: a new payout stays `pending` until `setPayoutStatus` moves it (the sandbox moves no money). The sandbox entry point exports it as a type only: use `(typeof PAYOUT_STATUSES)[number]`. */
export const PAYOUT_STATUSES = ['pending', 'processing', 'completed', 'failed'] as const
export const PAYOUT_METHODS = ['paypal', 'bank_transfer'] as const
/** The statuses a fraud flag may have: `open`, or how it was resolved. The sandbox entry point exports it as a type only: use `(typeof FLAG_STATUSES)[number]`. */
export const FLAG_STATUSES = ['open', 'reviewed', 'dismissed', 'confirmed'] as const
/** What a fraud flag may be about. The sandbox entry point exports it as a type only: use `(typeof FLAG_TYPES)[number]`. */
export const FLAG_TYPES = ['suspicious_activity', 'self_referral', 'high_click_frequency', 'conversion_anomaly', 'manual_review'] as const
export const PERIODS = ['7d', '30d', '90d', 'all'] as const
export const PLATFORMS = ['x', 'linkedin', 'instagram', 'tiktok', 'facebook', 'threads', 'generic'] as const
/** The 13 webhook event types. The sandbox entry point exports it as a type only: use `(typeof WEBHOOK_EVENTS)[number]`. */
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

/** A program's commission model. */
export type CommissionType = (typeof COMMISSION_TYPES)[number]
/** A conversion's status. */
export type ConversionStatus = (typeof CONVERSION_STATUSES)[number]
/** A payout's status. */
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]
/** A webhook event type. */
export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number]

/** An AgentRef program as the sandbox stores it: the wire fields, plus sandbox-only `_` fields that are never sent. */
export interface Program {
  /** Program id (`prg_…`). */
  id: string
  /** The owning merchant: the sandbox merchant's id, or another merchant's for the seeded marketplace programs. */
  merchantId: string
  /** Program name. */
  name: string
  /** Description, or null. */
  description: string | null
  /** URL slug: the name slugified, plus 4 hex characters. */
  slug: string
  /** The merchant's website URL, or null. */
  website: string | null
  /** Landing page URL, or null. */
  landingPageUrl: string | null
  /** Affiliate portal slug, or null. Meaning not documented. */
  portalSlug: string | null
  /** Program status. */
  status: (typeof PROGRAM_STATUSES)[number]
  /** Marketplace listing; `public` programs are listed in the marketplace. */
  marketplaceStatus: (typeof MARKETPLACE_STATUSES)[number]
  /** Who may join: `open` (marketplace applications accepted) or `invite_only`. */
  applicationAccess: (typeof APPLICATION_ACCESS)[number]
  /** Marketplace category (free text, e.g. `saas`), or null. */
  marketplaceCategory: string | null
  /** Marketplace description, or null. */
  marketplaceDescription: string | null
  /** Marketplace logo URL, or null. */
  marketplaceLogoUrl: string | null
  /** Commission model. */
  commissionType: CommissionType
  /** Commission, percent of the sale amount (e.g. `20`; 0 to 100). */
  commissionPercent: number
  /** Commission limit, months, or null. Meaning not documented. */
  commissionLimitMonths: number | null
  /** Commission hold, days (30 for new programs). Meaning not documented. */
  commissionHoldDays: number
  /** Attribution cookie lifetime, days (new programs: the merchant's default). */
  cookieDuration: number
  /** Not documented; null for new programs. */
  trackingRequiresConsent: boolean | null
  /** Not documented (a list of tracking parameter names); null for new programs. */
  trackingParamAliases: string[] | null
  /** Minimum balance for a payout, minor units (cents); new programs: the merchant's default. */
  payoutThreshold: number
  /** Currency code, e.g. `USD`. */
  currency: string
  /** Whether applications are approved as they arrive. */
  autoApproveAffiliates: boolean
  /** Terms URL, or null. */
  termsUrl: string | null
  /** Connected Stripe account id, or null while not connected. */
  stripeAccountId: string | null
  /** When Stripe was connected, ISO datetime, or null. */
  stripeConnectedAt: string | null
  /** Creation time, ISO datetime. */
  createdAt: string
  /** Last change, ISO datetime. */
  updatedAt: string
  /** Sandbox-only: set by `DELETE /programs/{id}`; a deleted program is left out everywhere. */
  _deleted?: boolean
  /** Marketplace figures (EPC in cents, conversion rate in %). */
  _epc: number
  /** Sandbox-only: the marketplace conversion rate, percent. */
  _conversionRate: number
  /** Sandbox-only: whether the tracking script counts as installed (tracking status and readiness). */
  _scriptInstalled: boolean
}

/** A user who can join programs as an affiliate (one per seeded person, and the affiliate key holder). */
export interface AffiliateUser {
  /** User id (`usr_…`). */
  id: string
  /** Affiliate profile id (`afp_…`): what `/me` reports as the key holder's affiliate id. */
  profileId: string
  /** E-mail address. */
  email: string
  /** Display name. */
  name: string
}

/** An affiliate as the sandbox stores it: one user in one program. */
export interface Affiliate {
  /** Affiliate id (`aff_…`): one user's membership of one program. */
  id: string
  /** The user (`SandboxAffiliateUser.id`). */
  userId: string
  /** The program. */
  programId: string
  /** Referral code. */
  code: string
  /** `approved`, or `blocked`. */
  status: 'approved' | 'blocked'
  /** Clicks (seeded, not measured). */
  totalClicks: number
  /** Conversions recorded. */
  totalConversions: number
  /** Commission earned, minor units (cents). */
  totalEarnings: number
  /** When the user joined, ISO datetime. */
  createdAt: string
  /** The user's e-mail. */
  email: string
  /** The user's name. */
  name: string
  /** How the affiliate joined. */
  source: (typeof APPLICATION_SOURCES)[number]
  /** Why it was blocked, or null. */
  blockedReason: string | null
}

/** An application to join a program. */
export interface Application {
  /** Application id (`app_…`). */
  id: string
  /** The program applied to. */
  programId: string
  /** The applicant (`SandboxAffiliateUser.id`). */
  userId: string
  /** The applicant's e-mail. */
  email: string
  /** The applicant's name. */
  name: string
  /** Application status. */
  status: (typeof APPLICATION_STATUSES)[number]
  /** Where the application came from. */
  source: (typeof APPLICATION_SOURCES)[number]
  /** The applicant's message, or null. */
  message: string | null
  /** The merchant's note given when approving, declining or blocking, or null. */
  note: string | null
  /** The affiliate its approval created, or null. */
  affiliateId: string | null
  /** When it was made, ISO datetime. */
  createdAt: string
  /** Last change, ISO datetime. */
  updatedAt: string
}

/** A coupon code that credits an affiliate. */
export interface Coupon {
  /** Coupon id (`cpn_…`). */
  id: string
  /** The code customers enter. */
  code: string
  /** The affiliate it credits. */
  affiliateId: string
  /** The program. */
  programId: string
  /** Expiry, ISO datetime, or null for none. */
  expiresAt: string | null
  /** Creation time, ISO datetime. */
  createdAt: string
}

/** An invite to join a program. */
export interface Invite {
  /** Invite token (`inv_…`), the path parameter of `getInvite` and `claimInvite`. */
  token: string
  /** The invitee's e-mail, or null for a public invite (sent as `''`, the SDK's type being a string). */
  email: string | null
  /** The invitee's (or the invite's) name, or null. */
  name: string | null
  /** The program it joins. */
  programId: string
  /** Whether it is a public invite (default: when no `email` is given). Meaning not documented. */
  isPublic: boolean
  /** How many claims it allows, or null for no limit. */
  usageLimit: number | null
  /** Claims so far. */
  usedCount: number
  /** Tracking code given at creation, or null. Meaning not documented. */
  trackingCode: string | null
  /** Given at creation, echoed by a claim. Meaning not documented. */
  skipOnboarding: boolean
  /** Expiry, ISO datetime (`expiresInDays` after creation, default 30). */
  expiresAt: string
  /** Creation time, ISO datetime. */
  createdAt: string
}

/** A conversion (a sale credited to an affiliate) as the sandbox stores it. */
export interface Conversion {
  /** Conversion id (`cnv_…`). */
  id: string
  /** The affiliate credited. */
  affiliateId: string
  /** The program. */
  programId: string
  /** Sale amount, minor units (cents). */
  amount: number
  /** Commission, minor units (cents): `amount` times the program's `commissionPercent` / 100, rounded. */
  commission: number
  /** Conversion status. */
  status: ConversionStatus
  /** How the sale was attributed: `cookie`, `coupon` or `metadata` (meanings not documented). */
  method: 'cookie' | 'coupon' | 'metadata'
  /** Stripe Checkout session id (`cs_test_…` in the sandbox), or null. */
  stripeSessionId: string | null
  /** When it was recorded, ISO datetime. */
  createdAt: string
  /** Sandbox-only: the payout that paid it; absent while unpaid. */
  _payoutId?: string
}

/** A payout to an affiliate as the sandbox stores it. */
export interface Payout {
  /** Payout id (`pay_…`). */
  id: string
  /** The affiliate paid. */
  affiliateId: string
  /** The program it pays for. */
  programId: string
  /** Total paid, minor units (cents): the commissions of the affiliate's unpaid conversions in the program. */
  amount: number
  /** The program's currency, e.g. `USD`. */
  currency: string
  /** Payout status. */
  status: PayoutStatus
  /** `paypal` or `bank_transfer` as requested, or null. */
  method: string | null
  /** The merchant's notes, or null. */
  notes: string | null
  /** The conversions it pays. */
  conversionIds: string[]
  /** Creation time, ISO datetime. */
  createdAt: string
  /** When it completed, ISO datetime, or null. */
  completedAt: string | null
}

/** A fraud flag on an affiliate. */
export interface Flag {
  /** Flag id (`flg_…`). */
  id: string
  /** The flagged affiliate. */
  affiliateId: string
  /** What the flag is about. */
  type: (typeof FLAG_TYPES)[number]
  /** `open`, or how it was resolved. */
  status: (typeof FLAG_STATUSES)[number]
  /** An object whose fields are not documented (the seed sets `score`), or null. */
  details: Record<string, unknown> | null
  /** The resolution note, or null. */
  note: string | null
  /** When it was raised, ISO datetime. */
  createdAt: string
  /** When it was resolved, ISO datetime, or null. */
  resolvedAt: string | null
}

/** The merchant's e-mail notification settings. */
export interface NotificationPreferences {
  /** Notify on a new affiliate. The sandbox sends no e-mail. */
  newAffiliate: boolean
  /** Notify on a new conversion. */
  newConversion: boolean
  /** Notify when a commission is approved. */
  commissionApproved: boolean
  /** Notify when a payout is processed. */
  payoutProcessed: boolean
  /** Send a weekly digest. */
  weeklyDigest: boolean
}

/** The sandbox merchant. */
export interface Merchant {
  /** Merchant id (`mer_…`). */
  id: string
  /** The merchant's user id. */
  userId: string
  /** Company name. */
  companyName: string
  /** Logo URL, or null. */
  logoUrl: string | null
  /** Billing tier id (`free`, `starter`, `growth`, `pro`); `subscribeBilling` changes it. */
  billingTier: string
  /** Billing requirement status. Meaning not documented. */
  billingRequirementStatus: 'not_required' | 'required' | 'grace_period' | 'restricted' | 'active'
  /** Payment status, free text (`active` in the sandbox). Meaning not documented. */
  paymentStatus: string
  /** Last failed payment, ISO datetime, or null. */
  lastPaymentFailedAt: string | null
  /** Cookie lifetime given to new programs, days. */
  defaultCookieDuration: number
  /** Payout threshold given to new programs, minor units (cents). */
  defaultPayoutThreshold: number
  /** Time zone name, e.g. `UTC`. */
  timezone: string
  /** Not documented. */
  trackingRequiresConsent: boolean
  /** Not documented (a list of tracking parameter names; the sandbox has `ref`, `via`). */
  trackingParamAliases: string[]
  /** E-mail notification settings. */
  notificationPreferences: NotificationPreferences
  /** Whether onboarding is completed. */
  onboardingCompleted: boolean
  /** Onboarding step reached. Meaning not documented. */
  onboardingStep: number
  /** Creation time, ISO datetime. */
  createdAt: string
  /** Last change, ISO datetime. */
  updatedAt: string
  /** Sandbox-only: the subscription id `getBilling` reports (null there on the free tier). */
  _stripeSubscriptionId: string | null
}

/** An affiliate user's payout details. */
export interface PayoutInfo {
  /** How the affiliate is paid, or null while not set. */
  payoutMethod: 'paypal' | 'bank_transfer' | null
  /** PayPal e-mail, or null. */
  paypalEmail: string | null
  /** Bank account holder, or null. */
  bankAccountHolder: string | null
  /** IBAN, or null. */
  bankIban: string | null
  /** BIC, or null. */
  bankBic: string | null
  /** First name, or null. */
  firstName: string | null
  /** Last name, or null. */
  lastName: string | null
  /** Address, first line, or null. */
  addressLine1: string | null
  /** Address, second line, or null. */
  addressLine2: string | null
  /** City, or null. */
  city: string | null
  /** State or region, or null. */
  state: string | null
  /** Postal code, or null. */
  postalCode: string | null
  /** VAT id, or null. */
  vatId: string | null
}

/** A tracking link of the affiliate key holder's. */
export interface AffiliateLink {
  /** Link id (`lnk_…`). */
  id: string
  /** The program. */
  programId: string
  /** The key holder's affiliate in that program. */
  affiliateId: string
  /** Link name. */
  name: string
  /** The link's ref code: `custom_slug`, or the affiliate code plus 4 hex characters. */
  code: string
  /** Path on the program's site the link leads to, or null for `/`. */
  destinationPath: string | null
  /** Target URL set by `updateLink`, or null. */
  targetUrl: string | null
  /** Whether the link is active. */
  isActive: boolean
  /** The shareable URL (`…?ref=<code>`). */
  url: string
  /** Clicks (seeded, not measured). */
  clicks: number
  /** Creation time, ISO datetime. */
  createdAt: string
  /** Last change, ISO datetime. */
  updatedAt: string
}

/** A media file attached to a social post. */
export interface ResourceMedia {
  /** Media id (`med_…`). */
  id: string
  /** File name. */
  file_name: string
  /** Alt text, or null. */
  alt_text: string | null
  /** Position among the post's media, from 0. */
  sort_order: number
  /** Download URL (on a `*.sandbox.test` host that does not exist). */
  url: string
}

/** A marketing resource (snake_case, as the API sends it). */
export interface MarketingResource {
  /** Resource id (`mres_…`). */
  id: string
  /** The program. */
  program_id: string
  /** Resource kind. */
  kind: 'social_post' | 'file' | 'swipe_copy' | 'link' | 'collection'
  /** Title. */
  title: string
  /** Description, or null. */
  description: string | null
  /** Post or copy text, or null; may hold the placeholder `{{affiliate_link}}`. */
  body: string | null
  /** Social platforms a post is meant for (`x`, `linkedin`, …). */
  platforms: string[]
  /** Instructions for affiliates, or null. */
  instructions: string | null
  /** Collection it belongs to, or null. */
  collection_id: string | null
  /** Folder it belongs to, or null. */
  folder_id: string | null
  /** Publication status. */
  status: 'published' | 'draft' | 'archived'
  /** Media of a social post, in `sort_order`. */
  media: ResourceMedia[]
  /** Creation time, ISO datetime. */
  created_at: string
  /** Last change, ISO datetime. */
  updated_at: string
  /** When it was published, ISO datetime, or null. */
  published_at: string | null
}

/** An open media upload session of a social post. */
export interface UploadSession {
  /** The social post the upload is for. */
  resourceId: string
  /** Its program. */
  programId: string
  /** The path the upload-session answer handed out. */
  upload_path: string
  /** The token the upload-session answer handed out (`upl_…`), which completing the upload must echo. */
  upload_token: string
  /** The file name announced. */
  file_name: string
}

/** A webhook endpoint as the sandbox stores it; `_secret` is never sent. */
export interface WebhookEndpoint {
  /** Endpoint id (`whe_…`). */
  id: string
  /** Endpoint name. */
  name: string
  /** Where deliveries are posted: HTTPS, or plain HTTP to loopback. */
  url: string
  /** `active` (receives deliveries) or `disabled`. */
  status: 'active' | 'disabled'
  /** The one program whose events it receives, or null for all programs. */
  programId: string | null
  /** Envelope schema version, always 2. */
  schemaVersion: 2
  /** The event types it receives. */
  subscribedEvents: WebhookEventType[]
  /** Last four characters of the signing secret, or null. */
  secretLastFour: string | null
  /** Creation time, ISO datetime. */
  createdAt: string
  /** Last change, ISO datetime. */
  updatedAt: string
  /** When it was disabled, ISO datetime, or null. */
  disabledAt: string | null
  /** Sandbox-only: the current signing secret (`whsec_…`). */
  _secret: string
}

/** The AgentRef emulation's live state (see `sandbox.state.agentref`). */
export interface AgentRefState {
  /** The sandbox merchant (the merchant key holder). */
  merchant: Merchant
  /** The merchant's billing tier. */
  billing: { tier: 'free' | 'starter' | 'growth' | 'pro' }
  /** The affiliate user behind the sandbox affiliate key. */
  me: AffiliateUser
  /** Affiliate users by id, the key holder included. */
  users: Map<string, AffiliateUser>
  /** Payout details by user id. */
  payoutInfo: Map<string, PayoutInfo>
  /** Programs by id: the merchant's and other merchants' marketplace programs, deleted ones included (`_deleted`). */
  programs: Map<string, Program>
  /** Affiliates by id. */
  affiliates: Map<string, Affiliate>
  /** The lists below keep their values in createdAt order too (`sorted`), counted per program. */
  applications: Listed<Application>
  /** Coupons by id. */
  coupons: Map<string, Coupon>
  /** Invites by token. */
  invites: Map<string, Invite>
  /** Conversions by id. */
  conversions: Listed<Conversion>
  /** Payouts by id. */
  payouts: Listed<Payout>
  /** Fraud flags by id. */
  flags: Listed<Flag>
  /** The affiliate key holder's links by id. */
  links: Map<string, AffiliateLink>
  /** Marketing resources by id. */
  resources: Map<string, MarketingResource>
  /** Open media upload sessions by upload token. */
  uploads: Map<string, UploadSession>
  /** Webhook endpoints by id. */
  webhooks: Map<string, WebhookEndpoint>
}
