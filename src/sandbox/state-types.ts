// The types of the sandbox's live state (`sandbox.state`) and of the request log, re-exported by
// the entry point (`export type *`, so that the bundle stays as it was). A name that an API entry
// point also exports gets a `Sandbox` prefix. The value lists are exported as types only: read
// their values as `(typeof PROGRAM_STATUSES)[number]`.
export type { Provider } from './module.ts'
export type {
  AgentRefState,
  Affiliate as SandboxAffiliate,
  AffiliateLink as SandboxAffiliateLink,
  AffiliateUser as SandboxAffiliateUser,
  Application as SandboxApplication,
  CommissionType as SandboxCommissionType,
  Conversion as SandboxConversion,
  ConversionStatus as SandboxConversionStatus,
  Coupon as SandboxCoupon,
  Flag as SandboxFlag,
  Invite as SandboxInvite,
  MarketingResource as SandboxMarketingResource,
  Merchant as SandboxMerchant,
  NotificationPreferences as SandboxNotificationPreferences,
  Payout as SandboxPayout,
  PayoutInfo as SandboxPayoutInfo,
  PayoutStatus as SandboxPayoutStatus,
  Program as SandboxProgram,
  ResourceMedia as SandboxResourceMedia,
  UploadSession as SandboxUploadSession,
  WebhookEndpoint as SandboxWebhookEndpoint,
  WebhookEventType as SandboxWebhookEventType,
  APPLICATION_ACCESS,
  APPLICATION_SOURCES,
  APPLICATION_STATUSES,
  COMMISSION_TYPES,
  CONVERSION_STATUSES,
  FLAG_STATUSES,
  FLAG_TYPES,
  MARKETPLACE_STATUSES,
  PAYOUT_STATUSES,
  PROGRAM_STATUSES,
  WEBHOOK_EVENTS,
} from './agentref/types.ts'
export type {
  AgentClickState,
  AcCategory,
  AcClick,
  AcConversion,
  AcNotification,
  AcPartnership,
  AcPayout,
  AcProgram,
  AcUser,
  PartnershipStatus as AcPartnershipStatus,
  RewardType as AcRewardType,
  Role as AcRole,
} from './agentclick/types.ts'
export type { AgentriesState, AgentRecord, ReferralCode, Referral as SandboxReferral } from './agentries/state.ts'
export type { Listed } from './shared/listed.ts'
export type { Keyed } from './shared/lower-bound.ts'
