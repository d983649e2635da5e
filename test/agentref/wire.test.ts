import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as agentref from '../../src/agentref/index.js'
import { startRecordServer, type RecordServer, type Recorded } from '../helpers/record-server.js'

// Every AgentRef operation against the wire reference's endpoint table (§10). The expectations
// below are transcribed from that table, not from the implementation.

type Kind = 'obj' | 'arr' | 'page'

interface Row {
  /** Reference row number. */
  n: number
  fn: string
  args: unknown[]
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  /** Raw path after /api/v1, percent-encoding included. */
  path: string
  query?: Record<string, string | string[]>
  /** Expected JSON body; absent means no body at all. */
  body?: unknown
  /** "Idem: Yes": an Idempotency-Key is generated for every call. */
  idem?: true
  kind: Kind
}

const P = 'prog_1'

const rows: Row[] = [
  // programs
  { n: 1, fn: 'listPrograms', args: [{ status: 'active', cursor: 'c1', limit: 10, page: 2, pageSize: 5, offset: 0 }], method: 'GET', path: '/programs', query: { status: 'active', cursor: 'c1', limit: '10', page: '2', pageSize: '5', offset: '0' }, kind: 'page' },
  { n: 3, fn: 'getProgram', args: ['id/1'], method: 'GET', path: '/programs/id%2F1', kind: 'obj' },
  { n: 4, fn: 'createProgram', args: [{ name: 'Acme', commissionType: 'recurring', commissionPercent: 20, cookieDuration: 30, marketplaceStatus: 'draft' }], method: 'POST', path: '/programs', body: { name: 'Acme', commissionType: 'recurring', commissionPercent: 20, cookieDuration: 30, marketplaceStatus: 'draft' }, idem: true, kind: 'obj' },
  { n: 5, fn: 'updateProgram', args: ['p 1', { name: 'Acme 2', status: 'paused', portalSlug: null, commissionLimitMonths: null }], method: 'PATCH', path: '/programs/p%201', body: { name: 'Acme 2', status: 'paused', portalSlug: null, commissionLimitMonths: null }, kind: 'obj' },
  { n: 6, fn: 'deleteProgram', args: ['p#1'], method: 'DELETE', path: '/programs/p%231', kind: 'obj' },
  { n: 7, fn: 'getProgramStats', args: [P, { period: '30d' }], method: 'GET', path: `/programs/${P}/stats`, query: { period: '30d' }, kind: 'obj' },
  { n: 8, fn: 'listProgramAffiliates', args: [P, { includeBlocked: true, source: 'api', page: 1 }], method: 'GET', path: `/programs/${P}/affiliates`, query: { includeBlocked: 'true', source: 'api', page: '1' }, kind: 'page' },
  { n: 9, fn: 'listCoupons', args: ['id/1'], method: 'GET', path: '/programs/id%2F1/coupons', kind: 'arr' },
  { n: 10, fn: 'createCoupon', args: [P, { affiliateId: 'aff_1', code: 'SAVE10', expiresAt: '2030-01-01T00:00:00Z' }], method: 'POST', path: `/programs/${P}/coupons`, body: { affiliateId: 'aff_1', code: 'SAVE10', expiresAt: '2030-01-01T00:00:00Z' }, idem: true, kind: 'obj' },
  { n: 11, fn: 'createInvite', args: [P, { email: 'a@b.co', isPublic: false, usageLimit: 3, expiresInDays: 7, skipOnboarding: true }], method: 'POST', path: `/programs/${P}/invites`, body: { email: 'a@b.co', isPublic: false, usageLimit: 3, expiresInDays: 7, skipOnboarding: true }, idem: true, kind: 'obj' },
  { n: 12, fn: 'listInvites', args: [P], method: 'GET', path: `/programs/${P}/invites`, kind: 'arr' },
  { n: 13, fn: 'deleteCoupon', args: ['cp/1'], method: 'DELETE', path: '/coupons/cp%2F1', kind: 'obj' },
  { n: 14, fn: 'updateProgramMarketplace', args: [P, { status: 'public', category: 'saas', description: 'd', logoUrl: 'https://x.test/l.png' }], method: 'PATCH', path: `/programs/${P}/marketplace`, body: { status: 'public', category: 'saas', description: 'd', logoUrl: 'https://x.test/l.png' }, kind: 'obj' },
  { n: 15, fn: 'connectStripe', args: [P], method: 'POST', path: `/programs/${P}/connect-stripe`, kind: 'obj' },
  { n: 16, fn: 'disconnectStripe', args: [P], method: 'DELETE', path: `/programs/${P}/connect-stripe`, kind: 'obj' },
  // applications
  { n: 17, fn: 'listApplications', args: [{ programId: P, search: 'bob', status: 'pending', source: 'invite', limit: 5 }], method: 'GET', path: '/applications', query: { programId: P, search: 'bob', status: 'pending', source: 'invite', limit: '5' }, kind: 'page' },
  { n: 18, fn: 'getApplication', args: ['app?1'], method: 'GET', path: '/applications/app%3F1', kind: 'obj' },
  { n: 19, fn: 'approveApplication', args: ['app_1', { note: 'welcome' }], method: 'POST', path: '/applications/app_1/approve', body: { note: 'welcome' }, idem: true, kind: 'obj' },
  { n: 20, fn: 'declineApplication', args: ['app_1', { note: 'no' }], method: 'POST', path: '/applications/app_1/decline', body: { note: 'no' }, idem: true, kind: 'obj' },
  { n: 21, fn: 'blockApplication', args: ['app_1'], method: 'POST', path: '/applications/app_1/block', idem: true, kind: 'obj' },
  // affiliates
  { n: 22, fn: 'listAffiliates', args: [{ programId: P, includeBlocked: false, search: 's', sortBy: 'totalRevenue', sortOrder: 'desc', status: 'approved', source: 'api', cursor: 'cur' }], method: 'GET', path: '/affiliates', query: { programId: P, includeBlocked: 'false', search: 's', sortBy: 'totalRevenue', sortOrder: 'desc', status: 'approved', source: 'api', cursor: 'cur' }, kind: 'page' },
  { n: 23, fn: 'getAffiliate', args: ['aff_1', { include: 'stats' }], method: 'GET', path: '/affiliates/aff_1', query: { include: 'stats' }, kind: 'obj' },
  { n: 24, fn: 'blockAffiliate', args: ['aff_1', { reason: 'fraud' }], method: 'POST', path: '/affiliates/aff_1/block', body: { reason: 'fraud' }, idem: true, kind: 'obj' },
  { n: 25, fn: 'unblockAffiliate', args: ['af#1'], method: 'POST', path: '/affiliates/af%231/unblock', idem: true, kind: 'obj' },
  // affiliateWorkspace
  { n: 26, fn: 'getWorkspaceOverview', args: [], method: 'GET', path: '/me/overview', kind: 'obj' },
  { n: 27, fn: 'getWorkspaceIdentity', args: [], method: 'GET', path: '/me', kind: 'obj' },
  { n: 28, fn: 'listWorkspacePrograms', args: [], method: 'GET', path: '/me/programs', kind: 'arr' },
  { n: 29, fn: 'getWorkspaceProgram', args: ['p/1'], method: 'GET', path: '/me/programs/p%2F1', kind: 'obj' },
  { n: 30, fn: 'getWorkspaceEarnings', args: [], method: 'GET', path: '/me/earnings', kind: 'obj' },
  { n: 31, fn: 'listWorkspaceProgramEarnings', args: [P, { period: '7d', page: 2 }], method: 'GET', path: `/me/earnings/${P}`, query: { period: '7d', page: '2' }, kind: 'page' },
  { n: 32, fn: 'listWorkspacePayouts', args: [{ programId: P, limit: 10 }], method: 'GET', path: '/me/payouts', query: { program_id: P, limit: '10' }, kind: 'page' },
  { n: 33, fn: 'listLinks', args: [{ programId: P }], method: 'GET', path: '/me/links', query: { program_id: P }, kind: 'arr' },
  { n: 34, fn: 'createLink', args: [{ programId: P, name: 'Launch', destinationPath: '/pricing', customSlug: 'launch' }], method: 'POST', path: '/me/links', query: { program_id: P }, body: { name: 'Launch', destination_path: '/pricing', custom_slug: 'launch' }, idem: true, kind: 'obj' },
  { n: 35, fn: 'updateLink', args: ['ln/1', { programId: P, name: 'L2', targetUrl: null, isActive: false }], method: 'PATCH', path: '/me/links/ln%2F1', query: { program_id: P }, body: { name: 'L2', targetUrl: null, isActive: false }, kind: 'obj' },
  { n: 36, fn: 'deleteLink', args: ['ln_1', { programId: P }], method: 'DELETE', path: '/me/links/ln_1', query: { program_id: P }, kind: 'obj' },
  { n: 37, fn: 'getClickStats', args: [{ programId: P, startDate: '2024-01-01', endDate: '2024-02-01' }], method: 'GET', path: '/me/clicks', query: { program_id: P, startDate: '2024-01-01', endDate: '2024-02-01' }, kind: 'obj' },
  // marketingResources
  { n: 38, fn: 'listMarketingResources', args: [P, { kind: 'drafts', status: 'draft', search: 'q', limit: 10, offset: 20 }], method: 'GET', path: `/programs/${P}/marketing-resources`, query: { kind: 'drafts', status: 'draft', search: 'q', limit: '10', offset: '20' }, kind: 'arr' },
  { n: 39, fn: 'createSocialPost', args: ['p/1', { title: 'T', description: null, body: 'B', platforms: ['x', 'linkedin'], instructions: 'i', collectionId: 'col_1', folderId: 'fold_1', status: 'draft' }], method: 'POST', path: '/programs/p%2F1/marketing-resources/social-posts', body: { title: 'T', description: null, body: 'B', platforms: ['x', 'linkedin'], instructions: 'i', collection_id: 'col_1', folder_id: 'fold_1', status: 'draft' }, idem: true, kind: 'obj' },
  { n: 40, fn: 'updateSocialPost', args: ['res/1', { programId: P, title: 'T2', collectionId: null, folderId: 'fold_2' }], method: 'PATCH', path: '/marketing-resources/social-posts/res%2F1', body: { program_id: P, title: 'T2', collection_id: null, folder_id: 'fold_2' }, kind: 'obj' },
  { n: 41, fn: 'createSocialPostMediaUploadSession', args: ['res_1', { programId: P, fileName: 'a.png', mimeType: 'image/png', fileSizeBytes: 1234 }], method: 'POST', path: '/marketing-resources/social-posts/res_1/media/upload-sessions', body: { program_id: P, file_name: 'a.png', mime_type: 'image/png', file_size_bytes: 1234 }, idem: true, kind: 'obj' },
  { n: 42, fn: 'completeSocialPostMediaUpload', args: ['res_1', { programId: P, uploadPath: 'u/a.png', uploadToken: 'tok', fileName: 'a.png', altText: 'alt', sortOrder: 1 }], method: 'POST', path: '/marketing-resources/social-posts/res_1/media/complete', body: { program_id: P, upload_path: 'u/a.png', upload_token: 'tok', file_name: 'a.png', alt_text: 'alt', sort_order: 1 }, idem: true, kind: 'obj' },
  { n: 43, fn: 'reorderSocialPostMedia', args: ['res_1', { programId: P, mediaIds: ['m2', 'm1'] }], method: 'POST', path: '/marketing-resources/social-posts/res_1/media/reorder', body: { program_id: P, media_ids: ['m2', 'm1'] }, idem: true, kind: 'arr' },
  { n: 44, fn: 'updateSocialPostMedia', args: ['res_1', 'med/1', { programId: P, altText: null }], method: 'PATCH', path: '/marketing-resources/social-posts/res_1/media/med%2F1', body: { program_id: P, alt_text: null }, kind: 'obj' },
  { n: 45, fn: 'removeSocialPostMedia', args: ['res 1', 'med_1', { programId: P }], method: 'DELETE', path: '/marketing-resources/social-posts/res%201/media/med_1', body: { program_id: P }, kind: 'obj' },
  { n: 46, fn: 'replaceSocialPostMedia', args: ['res_1', 'med_1', { programId: P, uploadPath: 'u/b.png', uploadToken: 'tok2', fileName: 'b.png' }], method: 'POST', path: '/marketing-resources/social-posts/res_1/media/med_1/replace', body: { program_id: P, upload_path: 'u/b.png', upload_token: 'tok2', file_name: 'b.png' }, idem: true, kind: 'obj' },
  { n: 47, fn: 'publishMarketingResource', args: ['res_1', { programId: P, notifyAffiliates: true }], method: 'POST', path: '/marketing-resources/res_1/publish', body: { program_id: P, notify_affiliates: true }, idem: true, kind: 'obj' },
  { n: 48, fn: 'unpublishMarketingResource', args: ['res_1', { programId: P }], method: 'POST', path: '/marketing-resources/res_1/unpublish', body: { program_id: P }, idem: true, kind: 'obj' },
  { n: 49, fn: 'archiveMarketingResource', args: ['res_1', { programId: P }], method: 'POST', path: '/marketing-resources/res_1/archive', body: { program_id: P }, idem: true, kind: 'obj' },
  { n: 50, fn: 'notifyAffiliates', args: ['res_1', { programId: P }], method: 'POST', path: '/marketing-resources/res_1/notify', body: { program_id: P }, idem: true, kind: 'obj' },
  { n: 51, fn: 'createMarketingResourceDownloadUrl', args: [{ programId: P, mediaId: 'm1', resourceId: 'r1', collectionId: 'c1', bundle: 'social_post_media', file: true }], method: 'POST', path: '/marketing-resources/download-url', body: { program_id: P, media_id: 'm1', resource_id: 'r1', collection_id: 'c1', bundle: 'social_post_media', file: true }, idem: true, kind: 'obj' },
  { n: 52, fn: 'listAffiliateMarketingResources', args: [P, { kind: 'social_posts', search: 'q', limit: 5, offset: 0 }], method: 'GET', path: `/me/programs/${P}/marketing-resources`, query: { kind: 'social_posts', search: 'q', limit: '5', offset: '0' }, kind: 'arr' },
  { n: 53, fn: 'getAffiliateMarketingResource', args: ['res/1', { programId: P }], method: 'GET', path: '/me/marketing-resources/res%2F1', query: { program_id: P }, kind: 'obj' },
  { n: 54, fn: 'createAffiliateDownloadUrl', args: [{ programId: P, collectionId: 'c1', bundle: 'collection_files' }], method: 'POST', path: '/me/marketing-resources/download-url', body: { program_id: P, collection_id: 'c1', bundle: 'collection_files' }, kind: 'obj' },
  { n: 55, fn: 'renderSocialPost', args: ['res_1', { programId: P, affiliateLinkId: 'ln_1' }], method: 'POST', path: '/me/marketing-resources/social-posts/res_1/render', body: { program_id: P, affiliate_link_id: 'ln_1' }, kind: 'obj' },
  // conversions
  { n: 56, fn: 'listConversions', args: [{ programId: P, affiliateId: 'aff_1', status: 'approved', startDate: '2024-01-01T00:00:00Z', endDate: '2024-02-01T00:00:00Z', from: 'f', to: 't', limit: 100 }], method: 'GET', path: '/conversions', query: { programId: P, affiliateId: 'aff_1', status: 'approved', startDate: '2024-01-01T00:00:00Z', endDate: '2024-02-01T00:00:00Z', from: 'f', to: 't', limit: '100' }, kind: 'page' },
  { n: 57, fn: 'getConversionStats', args: [{ programId: P, period: '90d' }], method: 'GET', path: '/conversions/stats', query: { programId: P, period: '90d' }, kind: 'obj' },
  { n: 58, fn: 'listRecentConversions', args: [{ limit: 5 }], method: 'GET', path: '/conversions/recent', query: { limit: '5' }, kind: 'arr' },
  // payouts
  { n: 59, fn: 'listPayouts', args: [{ programId: P, affiliateId: 'aff_1', status: 'completed', from: 'f', to: 't', pageSize: 50 }], method: 'GET', path: '/payouts', query: { programId: P, affiliateId: 'aff_1', status: 'completed', from: 'f', to: 't', pageSize: '50' }, kind: 'page' },
  { n: 60, fn: 'listPendingAffiliates', args: [{ programId: P, offset: 10 }], method: 'GET', path: '/payouts/pending', query: { programId: P, offset: '10' }, kind: 'page' },
  { n: 61, fn: 'getPayoutStats', args: [{ programId: P, period: 'all' }], method: 'GET', path: '/payouts/stats', query: { programId: P, period: 'all' }, kind: 'obj' },
  { n: 62, fn: 'createPayout', args: [{ affiliateId: 'aff_1', programId: P, method: 'paypal', notes: 'May' }], method: 'POST', path: '/payouts', body: { affiliateId: 'aff_1', programId: P, method: 'paypal', notes: 'May' }, idem: true, kind: 'obj' },
  // flags
  { n: 63, fn: 'listFlags', args: [{ status: 'open', type: 'self_referral', affiliateId: 'aff_1' }], method: 'GET', path: '/flags', query: { status: 'open', type: 'self_referral', affiliateId: 'aff_1' }, kind: 'page' },
  { n: 64, fn: 'getFlagStats', args: [], method: 'GET', path: '/flags/stats', kind: 'obj' },
  { n: 65, fn: 'resolveFlag', args: ['flag/1', { status: 'confirmed', note: 'n', blockAffiliate: true }], method: 'POST', path: '/flags/flag%2F1/resolve', body: { status: 'confirmed', note: 'n', blockAffiliate: true }, idem: true, kind: 'obj' },
  // billing
  { n: 66, fn: 'getBilling', args: [], method: 'GET', path: '/billing', kind: 'obj' },
  { n: 67, fn: 'listBillingTiers', args: [], method: 'GET', path: '/billing/tiers', kind: 'arr' },
  { n: 68, fn: 'subscribeBilling', args: [{ tier: 'growth' }], method: 'POST', path: '/billing/subscribe', body: { tier: 'growth' }, idem: true, kind: 'obj' },
  // merchant, notifications, payoutInfo, onboarding, tracking
  { n: 69, fn: 'getMerchant', args: [], method: 'GET', path: '/merchant', kind: 'obj' },
  { n: 70, fn: 'updateMerchant', args: [{ companyName: 'Acme', timezone: 'Europe/Berlin', trackingParamAliases: ['via', 'ref'] }], method: 'PATCH', path: '/merchant', body: { companyName: 'Acme', timezone: 'Europe/Berlin', trackingParamAliases: ['via', 'ref'] }, kind: 'obj' },
  { n: 71, fn: 'getNotificationPreferences', args: [], method: 'GET', path: '/merchant/notifications', kind: 'obj' },
  { n: 72, fn: 'updateNotificationPreferences', args: [{ newAffiliate: false, weeklyDigest: true }], method: 'PUT', path: '/merchant/notifications', body: { newAffiliate: false, weeklyDigest: true }, kind: 'obj' },
  { n: 73, fn: 'getPayoutInfo', args: [], method: 'GET', path: '/me/payout-info', kind: 'obj' },
  { n: 74, fn: 'updatePayoutInfo', args: [{ payoutMethod: 'bank_transfer', bankIban: 'DE00123', vatId: 'DE1' }], method: 'PATCH', path: '/me/payout-info', body: { payoutMethod: 'bank_transfer', bankIban: 'DE00123', vatId: 'DE1' }, kind: 'obj' },
  { n: 75, fn: 'upsertMerchantProfile', args: [{ companyName: 'Acme' }], method: 'POST', path: '/onboarding/merchant', body: { companyName: 'Acme' }, kind: 'obj' },
  { n: 76, fn: 'completeOnboarding', args: [], method: 'POST', path: '/onboarding/complete', kind: 'obj' },
  { n: 77, fn: 'getTrackingStatus', args: ['p/1'], method: 'GET', path: '/programs/p%2F1/tracking/status', kind: 'obj' },
  // invites
  { n: 78, fn: 'getInvite', args: ['tok/1'], method: 'GET', path: '/invites/tok%2F1', kind: 'obj' },
  { n: 79, fn: 'claimInvite', args: ['tok?x'], method: 'POST', path: '/invites/tok%3Fx/claim', kind: 'obj' },
  // marketplace
  { n: 80, fn: 'listMarketplacePrograms', args: [{ category: 'saas', minCommission: 10, minEpc: 1.5, sort: 'conversionRate', page: 1 }], method: 'GET', path: '/marketplace/programs', query: { category: 'saas', minCommission: '10', minEpc: '1.5', sort: 'conversionRate', page: '1' }, kind: 'page' },
  { n: 81, fn: 'applyToMarketplaceProgram', args: ['p%1', { message: 'hi' }], method: 'POST', path: '/marketplace/apply/p%251', body: { message: 'hi' }, kind: 'obj' },
  // webhooks
  { n: 82, fn: 'listWebhooks', args: [{ programId: P }], method: 'GET', path: '/webhooks', query: { programId: P }, kind: 'arr' },
  { n: 83, fn: 'createWebhook', args: [{ name: 'prod', url: 'https://x.test/h', subscribedEvents: ['payout.created', 'flag.resolved'], programId: P, schemaVersion: 2 }], method: 'POST', path: '/webhooks', body: { name: 'prod', url: 'https://x.test/h', subscribedEvents: ['payout.created', 'flag.resolved'], programId: P, schemaVersion: 2 }, kind: 'obj' },
  { n: 84, fn: 'getWebhook', args: ['wh/1'], method: 'GET', path: '/webhooks/wh%2F1', kind: 'obj' },
  { n: 85, fn: 'updateWebhook', args: ['wh_1', { programId: null, subscribedEvents: ['conversion.created'] }], method: 'PATCH', path: '/webhooks/wh_1', body: { programId: null, subscribedEvents: ['conversion.created'] }, kind: 'obj' },
  { n: 86, fn: 'deleteWebhook', args: ['wh_1'], method: 'DELETE', path: '/webhooks/wh_1', kind: 'obj' },
  { n: 87, fn: 'rotateWebhookSecret', args: ['wh 1'], method: 'POST', path: '/webhooks/wh%201/rotate-secret', kind: 'obj' },
]

/** The contract's AgentRef names (contract §3), one per reference row except `programs.listAll`. */
const CONTRACT_NAMES = `
  listPrograms getProgram createProgram updateProgram deleteProgram getProgramStats
  listProgramAffiliates listCoupons createCoupon deleteCoupon createInvite listInvites
  updateProgramMarketplace connectStripe disconnectStripe
  listApplications getApplication approveApplication declineApplication blockApplication
  listAffiliates getAffiliate blockAffiliate unblockAffiliate
  getWorkspaceIdentity getWorkspaceOverview listWorkspacePrograms getWorkspaceProgram
  getWorkspaceEarnings listWorkspaceProgramEarnings listWorkspacePayouts listLinks createLink
  updateLink deleteLink getClickStats
  listMarketingResources createSocialPost updateSocialPost createSocialPostMediaUploadSession
  completeSocialPostMediaUpload replaceSocialPostMedia reorderSocialPostMedia
  updateSocialPostMedia removeSocialPostMedia publishMarketingResource unpublishMarketingResource
  archiveMarketingResource notifyAffiliates createMarketingResourceDownloadUrl
  listAffiliateMarketingResources getAffiliateMarketingResource renderSocialPost
  createAffiliateDownloadUrl
  listConversions getConversionStats listRecentConversions
  listPayouts listPendingAffiliates getPayoutStats createPayout
  listFlags getFlagStats resolveFlag
  getBilling listBillingTiers subscribeBilling
  getMerchant updateMerchant
  getNotificationPreferences updateNotificationPreferences
  getPayoutInfo updatePayoutInfo
  upsertMerchantProfile completeOnboarding
  getTrackingStatus
  getInvite claimInvite
  listMarketplacePrograms applyToMarketplaceProgram
  listWebhooks createWebhook getWebhook updateWebhook deleteWebhook rotateWebhookSecret
`
  .trim()
  .split(/\s+/)

/** Lower-case function exports that are not operations. */
const NON_OPERATIONS = new Set(['createAgentRef', 'paginate', 'isAffiliateError', 'verifyWebhook', 'verifyWebhookRequest', 'withResponse', 'readRateLimit', 'debugLog', 'pace'])

type Operation = (...args: unknown[]) => Promise<unknown>
const exported = agentref as unknown as Record<string, unknown>
const operation = (name: string): Operation => exported[name] as Operation

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

const payload: Record<Kind, unknown> = {
  obj: { id: 'obj_1', nested: { ok: true } },
  arr: [{ id: 'a' }, { id: 'b' }],
  page: [{ id: 'row_1' }, { id: 'row_2' }],
}
const pageMeta = { total: 2, page: 1, pageSize: 20, hasMore: false, requestId: 'req_page' }

let server: RecordServer
let ar: agentref.AgentRefClient

beforeAll(async () => {
  server = await startRecordServer()
  ar = agentref.createAgentRef({ apiKey: 'ak_live_test', baseUrl: server.url + '/api/v1', maxRetries: 2 })
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
  server.handle(() => ({ body: { data: {}, meta: { requestId: 'req_default' } } }))
})

/** Replies 503 (Retry-After: 0) to the first `failures` requests, then with `data`. */
function failThenSucceed(failures: number, data: unknown = { id: 'ok' }): void {
  let seen = 0
  server.handle(() =>
    seen++ < failures
      ? { status: 503, headers: { 'retry-after': '0' }, body: { error: { code: 'UNAVAILABLE', message: 'try again' } } }
      : { body: { data, meta: { requestId: 'req_ok' } } },
  )
}

describe('the operation table', () => {
  it('has exactly 86 rows, one per distinct function, matching the contract names', () => {
    expect(rows).toHaveLength(86)
    const names = rows.map((row) => row.fn)
    expect(new Set(names).size).toBe(86)
    expect(new Set(rows.map((row) => row.n)).size).toBe(86)
    expect(CONTRACT_NAMES).toHaveLength(86)
    expect([...names].sort()).toEqual([...CONTRACT_NAMES].sort())
  })

  it('covers every contract operation exported from the agentref entry, and nothing else', () => {
    const covered = new Set(rows.map((row) => row.fn))
    for (const name of CONTRACT_NAMES) {
      expect(typeof exported[name], name).toBe('function')
      expect(covered.has(name), name).toBe(true)
    }
    const operations = Object.keys(exported).filter((key) => typeof exported[key] === 'function' && /^[a-z]/.test(key) && !NON_OPERATIONS.has(key))
    expect(operations.sort()).toEqual([...CONTRACT_NAMES].sort())
  })
})

describe('each operation on the wire', () => {
  it.each(rows)('row $n $fn: $method $path', async (row) => {
    const data = payload[row.kind]
    server.handle(() => ({ body: { data, meta: row.kind === 'page' ? pageMeta : { requestId: 'req_1' } } }))

    const result = await operation(row.fn)(ar, ...row.args)

    expect(server.requests).toHaveLength(1)
    const req: Recorded = server.requests[0]!
    expect(req.method).toBe(row.method)
    const [rawPath, rawQuery] = req.url.split('?')
    expect(rawPath).toBe('/api/v1' + row.path)
    const query = row.query ?? {}
    expect(req.query).toEqual(query)
    expect(rawQuery === undefined).toBe(Object.keys(query).length === 0)
    if (row.body === undefined) {
      expect(req.text).toBe('')
      expect(req.headers['content-type']).toBeUndefined()
    } else {
      expect(req.json).toEqual(row.body)
      expect(req.headers['content-type']).toBe('application/json')
    }
    if (row.idem) expect(req.headers['idempotency-key']).toMatch(UUID)
    else expect(req.headers['idempotency-key']).toBeUndefined()
    expect(req.headers.authorization).toBe('Bearer ak_live_test')

    if (row.kind === 'page') expect(result).toEqual({ data, meta: pageMeta })
    else expect(result).toEqual(data)
  })
})

describe('row details', () => {
  it('getAffiliate sends `include` only when set', async () => {
    await agentref.getAffiliate(ar, 'aff_1')
    await agentref.getAffiliate(ar, 'aff_1', {})
    expect(server.requests.map((r) => r.url)).toEqual(['/api/v1/affiliates/aff_1', '/api/v1/affiliates/aff_1'])
  })

  it('connectStripe sends a body only when given params', async () => {
    await agentref.connectStripe(ar, P, { method: 'oauth_url' })
    expect(server.requests[0]!.json).toEqual({ method: 'oauth_url' })
  })

  it('createInvite without params sends an empty JSON object', async () => {
    await agentref.createInvite(ar, P)
    expect(server.requests[0]!.text).toBe('{}')
  })

  it('paginate walks a list that takes a path parameter, keeping the renamed wire params', async () => {
    server.handle((req) => {
      const page = Number(req.query.page ?? '1')
      return { body: { data: [{ id: `e${page}` }], meta: { total: 2, page, pageSize: 1, hasMore: page < 2 } } }
    })
    const seen: unknown[] = []
    for await (const item of agentref.paginate(agentref.listProgramAffiliates, ar, 'id/1', { limit: 1 })) seen.push(item)
    expect(seen).toEqual([{ id: 'e1' }, { id: 'e2' }])
    expect(server.requests.map((r) => r.url)).toEqual(['/api/v1/programs/id%2F1/affiliates?limit=1', '/api/v1/programs/id%2F1/affiliates?limit=1&page=2'])

    server.requests.length = 0
    for await (const item of agentref.paginate(agentref.listWorkspacePayouts, ar, { programId: P })) seen.push(item)
    expect(server.requests.map((r) => r.query)).toEqual([{ program_id: P }, { program_id: P, page: '2' }])
  })

  it('offers idempotencyKey on POST options only (types)', () => {
    const typeChecks = (): void => {
      void agentref.createPayout(ar, { affiliateId: 'a', programId: P, method: 'paypal' }, { idempotencyKey: 'k' })
      void agentref.claimInvite(ar, 't', { idempotencyKey: 'k' })
      // @ts-expect-error PATCH takes no idempotency key
      void agentref.updateProgram(ar, P, {}, { idempotencyKey: 'k' })
      // @ts-expect-error DELETE takes no idempotency key
      void agentref.removeSocialPostMedia(ar, 'r', 'm', { programId: P }, { idempotencyKey: 'k' })
      // @ts-expect-error a required field is missing
      void agentref.createPayout(ar, { affiliateId: 'a', programId: P })
      // @ts-expect-error `open` cannot be a resolution
      void agentref.resolveFlag(ar, 'f', { status: 'open' })
    }
    expect(typeof typeChecks).toBe('function')
  })

  it('refuses dot-segment path parameters before sending', async () => {
    await expect(agentref.getProgram(ar, '..')).rejects.toBeInstanceOf(agentref.AffiliateError)
    await expect(agentref.getInvite(ar, '.')).rejects.toBeInstanceOf(agentref.AffiliateError)
    expect(server.requests).toHaveLength(0)
  })

  it('consecutive calls to an Idem:Yes POST get different keys', async () => {
    await agentref.createPayout(ar, { affiliateId: 'a', programId: P, method: 'paypal' })
    await agentref.createPayout(ar, { affiliateId: 'a', programId: P, method: 'paypal' })
    const [a, b] = server.requests.map((r) => r.headers['idempotency-key'])
    expect(a).toMatch(UUID)
    expect(b).toMatch(UUID)
    expect(a).not.toBe(b)
  })
})

describe('idempotency keys and retries', () => {
  it('an Idem:No POST given a key sends it trimmed and is retried on 503 with the same key', async () => {
    failThenSucceed(1, { endpoint: { id: 'wh_1' }, signingSecret: 'whsec_x' })
    const result = await agentref.createWebhook(ar, { name: 'n', url: 'https://x.test/h', subscribedEvents: ['payout.created'] }, { idempotencyKey: '  my-key-1  ' })
    expect(result).toEqual({ endpoint: { id: 'wh_1' }, signingSecret: 'whsec_x' })
    expect(server.requests).toHaveLength(2)
    expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual(['my-key-1', 'my-key-1'])
  })

  it('an Idem:No POST without a key sends none and is not retried', async () => {
    failThenSucceed(1)
    await expect(agentref.claimInvite(ar, 'tok_1')).rejects.toBeInstanceOf(agentref.ServerError)
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]!.headers['idempotency-key']).toBeUndefined()
  })

  it('an Idem:Yes POST is retried after a 503 with the same generated key', async () => {
    failThenSucceed(2, { id: 'po_1' })
    const result = await agentref.createPayout(ar, { affiliateId: 'aff_1', programId: P, method: 'bank_transfer' })
    expect(result).toEqual({ id: 'po_1' })
    expect(server.requests).toHaveLength(3)
    const keys = server.requests.map((r) => r.headers['idempotency-key'])
    expect(keys[0]).toMatch(UUID)
    expect(new Set(keys).size).toBe(1)
    expect(server.requests.map((r) => r.text)).toEqual(Array(3).fill(server.requests[0]!.text))
  })

  it('an Idem:Yes POST uses the caller key when given', async () => {
    failThenSucceed(1)
    await agentref.unblockAffiliate(ar, 'aff_1', { idempotencyKey: 'caller-key' })
    expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual(['caller-key', 'caller-key'])
  })

  it('idempotencyKey: false sends no key and turns retries off', async () => {
    failThenSucceed(1)
    await expect(agentref.createPayout(ar, { affiliateId: 'a', programId: P, method: 'paypal' }, { idempotencyKey: false })).rejects.toBeInstanceOf(
      agentref.ServerError,
    )
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]!.headers['idempotency-key']).toBeUndefined()
  })

  it('PATCH, PUT and DELETE are not retried on 503', async () => {
    failThenSucceed(1)
    await expect(agentref.updateProgram(ar, P, { name: 'x' })).rejects.toMatchObject({ name: 'ServerError', status: 503 })
    expect(server.requests).toHaveLength(1)
    expect(server.requests[0]!.headers['idempotency-key']).toBeUndefined()

    failThenSucceed(1)
    await expect(agentref.updateNotificationPreferences(ar, { weeklyDigest: false })).rejects.toBeInstanceOf(agentref.ServerError)
    failThenSucceed(1)
    await expect(agentref.removeSocialPostMedia(ar, 'r', 'm', { programId: P })).rejects.toBeInstanceOf(agentref.ServerError)
    expect(server.requests).toHaveLength(3)
  })

  it('GET is retried on 503', async () => {
    failThenSucceed(1, [{ id: 't' }])
    await expect(agentref.listBillingTiers(ar)).resolves.toEqual([{ id: 't' }])
    expect(server.requests).toHaveLength(2)
  })
})
