// Type-level tests: every result field the wire references document is typed. `npm run typecheck`
// compiles this file; it fails when a documented result (or one of its documented fields) becomes
// `unknown`, `any` or an open record again, or when an object the reference documents field by
// field gets an index signature back (a typo would then read `unknown` instead of failing).
import * as ac from '../../src/agentclick/index.js'
import * as ar from '../../src/agentref/index.js'
import * as ag from '../../src/agentries/index.js'

type Result<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>
/** `true` when T is neither `unknown` nor `any`. */
type Known<T> = unknown extends T ? false : true
/** `true` when T has no string index signature: an unknown key is a compile error. */
type Closed<T> = string extends keyof T ? false : true
/** `true` when T is exactly `Record<string, unknown>` or `unknown`: a result with no documented field. */
type Loose<T> = unknown extends T ? true : Equal<T, Record<string, unknown>>
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false
const assert = <T extends true>(): T => true as T
const not = <T extends false>(): T => false as T

type Item<T> = T extends readonly (infer I)[] ? I : never
type PageItem<F extends (...args: never[]) => Promise<{ data: unknown[] }>> = Item<Result<F>['data']>

/** One documented field per AgentRef operation: its type is known. */
export const agentref = [
  assert<Known<PageItem<typeof ar.listPrograms>['commissionType']>>(),
  assert<Known<Result<typeof ar.getProgram>['readiness']>>(),
  assert<Known<Result<typeof ar.createProgram>['slug']>>(),
  assert<Known<Result<typeof ar.updateProgram>['status']>>(),
  assert<Known<Result<typeof ar.deleteProgram>['id']>>(),
  assert<Known<Result<typeof ar.getProgramStats>['conversionsByStatus']['pending']>>(),
  assert<Known<PageItem<typeof ar.listProgramAffiliates>['totalClicks']>>(),
  assert<Known<Item<Result<typeof ar.listCoupons>>['code']>>(),
  assert<Known<Result<typeof ar.createCoupon>['affiliateId']>>(),
  assert<Known<Result<typeof ar.deleteCoupon>['programId']>>(),
  assert<Known<Result<typeof ar.createInvite>['token']>>(),
  assert<Known<Item<Result<typeof ar.listInvites>>['expiresAt']>>(),
  assert<Known<Result<typeof ar.connectStripe>['method']>>(),
  assert<Known<Result<typeof ar.disconnectStripe>['success']>>(),
  assert<Known<PageItem<typeof ar.listApplications>['status']>>(),
  assert<Known<Result<typeof ar.getApplication>['id']>>(),
  assert<Known<Result<typeof ar.approveApplication>['status']>>(),
  assert<Known<Result<typeof ar.declineApplication>['status']>>(),
  assert<Known<Result<typeof ar.blockApplication>['status']>>(),
  assert<Known<PageItem<typeof ar.listAffiliates>['status']>>(),
  assert<Known<Result<typeof ar.getAffiliate>['code']>>(),
  assert<Known<Result<typeof ar.blockAffiliate>['status']>>(),
  assert<Known<Result<typeof ar.unblockAffiliate>['status']>>(),
  assert<Known<Result<typeof ar.getWorkspaceOverview>['programStats'][number]['totalPaidOut']>>(),
  assert<Known<Result<typeof ar.getWorkspaceIdentity>['key']['scopes']>>(),
  assert<Known<Result<typeof ar.getWorkspaceIdentity>['key']['ownerType']>>(),
  assert<Known<Result<typeof ar.getWorkspaceIdentity>['owner']['affiliateId']>>(),
  assert<Known<Item<Result<typeof ar.listWorkspacePrograms>>['isApproved']>>(),
  assert<Known<Result<typeof ar.getWorkspaceProgram>['payoutFrequency']>>(),
  assert<Known<Item<NonNullable<Result<typeof ar.getWorkspaceProgram>['allowedLandingPages']>>['path']>>(),
  assert<Known<PageItem<typeof ar.listWorkspacePayouts>['amount']>>(),
  assert<Known<Item<Result<typeof ar.listLinks>>['targetUrl']>>(),
  assert<Known<Result<typeof ar.createLink>['code']>>(),
  assert<Known<Result<typeof ar.updateLink>['isActive']>>(),
  assert<Known<Item<Result<typeof ar.listMarketingResources>>['title']>>(),
  assert<Known<Result<typeof ar.createSocialPost>['kind']>>(),
  assert<Known<Result<typeof ar.updateSocialPost>['id']>>(),
  assert<Known<Result<typeof ar.createSocialPostMediaUploadSession>['signed_url']>>(),
  assert<Known<Result<typeof ar.completeSocialPostMediaUpload>['id']>>(),
  assert<Known<Result<typeof ar.replaceSocialPostMedia>['id']>>(),
  assert<Known<Item<Result<typeof ar.reorderSocialPostMedia>>['id']>>(),
  assert<Known<Result<typeof ar.updateSocialPostMedia>['id']>>(),
  assert<Known<Result<typeof ar.removeSocialPostMedia>['media_id']>>(),
  assert<Known<Result<typeof ar.publishMarketingResource>['notification']['requested']>>(),
  assert<Known<Result<typeof ar.unpublishMarketingResource>['id']>>(),
  assert<Known<Result<typeof ar.archiveMarketingResource>['id']>>(),
  assert<Known<Result<typeof ar.createMarketingResourceDownloadUrl>['url']>>(),
  assert<Known<Item<Result<typeof ar.listAffiliateMarketingResources>>['id']>>(),
  assert<Known<Result<typeof ar.getAffiliateMarketingResource>['id']>>(),
  assert<Known<Result<typeof ar.createAffiliateDownloadUrl>['expires_at']>>(),
  assert<Known<Result<typeof ar.renderSocialPost>['body']>>(),
  assert<Known<PageItem<typeof ar.listConversions>['method']>>(),
  assert<Known<Result<typeof ar.getConversionStats>['totalRevenue']>>(),
  assert<Known<Item<Result<typeof ar.listRecentConversions>>['status']>>(),
  assert<Known<PageItem<typeof ar.listPayouts>['completedAt']>>(),
  assert<Known<PageItem<typeof ar.listPendingAffiliates>['meetsThreshold']>>(),
  assert<Known<Result<typeof ar.getPayoutStats>['totalPaid']>>(),
  assert<Known<Result<typeof ar.createPayout>['status']>>(),
  assert<Known<PageItem<typeof ar.listFlags>['type']>>(),
  assert<Known<Result<typeof ar.getFlagStats>['open']>>(),
  assert<Known<Result<typeof ar.resolveFlag>['resolvedAt']>>(),
  assert<Known<Result<typeof ar.getBilling>['tier']>>(),
  assert<Known<Item<Result<typeof ar.listBillingTiers>>['bookable']>>(),
  assert<Known<Result<typeof ar.subscribeBilling>['nextTier']>>(),
  assert<Known<Result<typeof ar.getMerchant>['billingRequirementStatus']>>(),
  assert<Known<Result<typeof ar.updateMerchant>['timezone']>>(),
  assert<Known<Result<typeof ar.getNotificationPreferences>['weeklyDigest']>>(),
  assert<Known<Result<typeof ar.updateNotificationPreferences>['newAffiliate']>>(),
  assert<Known<Result<typeof ar.getPayoutInfo>['payoutMethod']>>(),
  assert<Known<Result<typeof ar.updatePayoutInfo>['bankIban']>>(),
  assert<Known<Result<typeof ar.upsertMerchantProfile>['merchantId']>>(),
  assert<Known<Result<typeof ar.completeOnboarding>['onboardingStep']>>(),
  assert<Known<Result<typeof ar.getTrackingStatus>['programId']>>(),
  assert<Known<NonNullable<NonNullable<Result<typeof ar.getTrackingStatus>['health']>['scriptInstalled']>['complete']>>(),
  assert<Known<Result<typeof ar.getInvite>['email']>>(),
  assert<Known<PageItem<typeof ar.listMarketplacePrograms>['commissionPercent']>>(),
  assert<Known<Item<Result<typeof ar.listWebhooks>>['subscribedEvents']>>(),
  assert<Known<Result<typeof ar.createWebhook>['signingSecret']>>(),
  assert<Known<Result<typeof ar.getWebhook>['schemaVersion']>>(),
  assert<Known<Result<typeof ar.updateWebhook>['status']>>(),
  assert<Known<Result<typeof ar.deleteWebhook>['success']>>(),
  assert<Known<Result<typeof ar.rotateWebhookSecret>['endpoint']['secretLastFour']>>(),
]

/** The results the reference gives no fields for ("record"): open objects, and only these. */
export const agentrefUndocumented = [
  assert<Loose<Result<typeof ar.updateProgramMarketplace>>>(),
  assert<Loose<Result<typeof ar.getWorkspaceEarnings>>>(),
  assert<Loose<PageItem<typeof ar.listWorkspaceProgramEarnings>>>(),
  assert<Loose<Result<typeof ar.deleteLink>>>(),
  assert<Loose<Result<typeof ar.getClickStats>>>(),
  assert<Loose<Result<typeof ar.notifyAffiliates>>>(),
  assert<Loose<Result<typeof ar.claimInvite>>>(),
  assert<Loose<Result<typeof ar.applyToMarketplaceProgram>>>(),
  // The helper can fail: a typed result is not loose.
  not<Loose<Result<typeof ar.createPayout>>>(),
  not<Loose<Result<typeof ar.getTrackingStatus>>>(),
]

/** Objects the reference documents field by field (no "open object", no "..."): no index signature. */
export const closed = [
  assert<Closed<ar.Program>>(),
  assert<Closed<ar.Payout>>(),
  assert<Closed<ar.PayoutInfo>>(),
  assert<Closed<ar.WebhookSecretResponse>>(),
  assert<Closed<ar.MarketingResourceUploadSession>>(),
  assert<Closed<ar.MarketingResourceDownloadUrl>>(),
  assert<Closed<ar.PublishMarketingResourceResponse>>(),
  assert<Closed<ar.RemoveMarketingResourceMediaResponse>>(),
  assert<Closed<ar.RenderedMarketingSocialPost>>(),
  assert<Closed<ar.AllowedLandingPage>>(),
  assert<Closed<ac.Partnership>>(),
  assert<Closed<ac.TrackedClick>>(),
  assert<Closed<ac.Category>>(),
  assert<Closed<ag.PublicReferralInfo>>(),
  assert<Closed<ag.CreatedReferralCode>>(),
  assert<Closed<ag.ReferralStats>>(),
  assert<Closed<ag.ReferralsPage>>(),
  // The helper can fail: an object the reference calls open keeps its index signature.
  not<Closed<ar.Application>>(),
]

/** AgentClick and Agentries: every documented field typed. */
export const agentclickAndAgentries = [
  assert<Known<Result<typeof ac.checkHealth>['status']>>(),
  assert<Known<Result<typeof ac.listCategories>['categories'][number]['sort_order']>>(),
  assert<Known<Result<typeof ac.searchPrograms>['programs'][number]['id']>>(),
  assert<Known<Result<typeof ac.getProgram>['id']>>(),
  assert<Known<Result<typeof ac.applyForPartnership>['tracking_code']>>(),
  assert<Known<Result<typeof ac.listPartnerships>['partnerships'][number]['tracking_code']>>(),
  assert<Known<Result<typeof ac.listSelfbackPrograms>['programs'][number]['id']>>(),
  assert<Known<Result<typeof ac.listEarningsPayouts>['payouts']>>(),
  assert<Known<Result<typeof ac.listNotifications>['notifications']>>(),
  assert<Known<Result<typeof ac.recommendPrograms>['programs'][number]['id']>>(),
  assert<Known<Result<typeof ac.getAgentProgram>['id']>>(),
  assert<Known<Result<typeof ac.trackClick>['click_id']>>(),
  assert<Known<Result<typeof ac.trackClick>['lp_url']>>(),
  assert<Known<Result<typeof ac.listCategoryCounts>['categories']>>(),
  assert<Known<Result<typeof ag.getAgentReferrals>['active_referrals']>>(),
  assert<Known<Result<typeof ag.createReferralCode>['created_at']>>(),
  assert<Known<Result<typeof ag.listMyReferrals>['referrals']>>(),
  assert<Known<Result<typeof ag.getReferralStats>['referral_bonus_points']>>(),
]

// A documented object read with a wrong key is an error (no index signature hides the typo).
export function typos(a: ar.MarketingResourceUploadSession, b: ac.TrackedClick, c: ag.ReferralStats, d: ar.AffiliateWorkspaceIdentity) {
  // @ts-expect-error: the session's path is `upload_path`
  a.uploadPath
  // @ts-expect-error: the click's URL is `tracking_url`
  b.trackingUrl
  // @ts-expect-error: no such stat
  c.bonus_points
  // @ts-expect-error: scopes are strings
  const scope: number = d.key.scopes[0]!
  return scope
}
