import { Listed } from '../shared/listed.ts'
import type { Random } from '../shared/prng.ts'
import { iso } from './ops.ts'
import type { AgentRefState } from './types.ts'

/** An empty AgentRef world: one merchant, one affiliate user (the key holders). */
export function createAgentRefState(rnd: Random, now = Date.now()): AgentRefState {
  const me = { id: rnd.id('usr'), profileId: rnd.id('afp'), email: 'affiliate@sandbox.test', name: 'Sandy Affiliate' }
  return {
    merchant: {
      id: rnd.id('mer'),
      userId: rnd.id('usr'),
      companyName: 'Sandbox Labs Inc.',
      logoUrl: null,
      billingTier: 'starter',
      billingRequirementStatus: 'active',
      paymentStatus: 'active',
      lastPaymentFailedAt: null,
      defaultCookieDuration: 30,
      defaultPayoutThreshold: 5000,
      timezone: 'UTC',
      trackingRequiresConsent: false,
      trackingParamAliases: ['ref', 'via'],
      notificationPreferences: { newAffiliate: true, newConversion: true, commissionApproved: true, payoutProcessed: true, weeklyDigest: false },
      onboardingCompleted: true,
      onboardingStep: 3,
      createdAt: iso(now - 200 * 86_400_000),
      updatedAt: iso(now - 200 * 86_400_000),
      _stripeSubscriptionId: `sub_${rnd.hex(14)}`,
    },
    billing: { tier: 'starter' },
    me,
    users: new Map([[me.id, me]]),
    payoutInfo: new Map(),
    programs: new Map(),
    affiliates: new Map(),
    applications: new Listed(),
    coupons: new Map(),
    invites: new Map(),
    conversions: new Listed(),
    payouts: new Listed(),
    flags: new Listed(),
    links: new Map(),
    resources: new Map(),
    uploads: new Map(),
    webhooks: new Map(),
  }
}
