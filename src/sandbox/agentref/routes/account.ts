import { opt, req } from '../../shared/validate.ts'
import { MERCHANT, type RefCtx, type RefRoute, SETUP, assign, ok, route, validate } from '../context.ts'
import { iso, merchantPrograms } from '../ops.ts'

const TIERS = [
  { id: 'free', name: 'Free', price: 0, maxRevenue: 100_000, features: ['1 program', 'Basic tracking'], bookable: false },
  { id: 'starter', name: 'Starter', price: 2900, maxRevenue: 1_000_000, features: ['3 programs', 'Coupons', 'Webhooks'], bookable: true },
  { id: 'growth', name: 'Growth', price: 7900, maxRevenue: 5_000_000, features: ['Unlimited programs', 'Fraud flags', 'Marketplace listing'], bookable: true },
  { id: 'pro', name: 'Pro', price: 19900, maxRevenue: 50_000_000, features: ['Everything in Growth', 'Priority support', 'Custom domains'], bookable: true },
] as const

function billing(c: RefCtx) {
  const since = Date.now() - 30 * 86_400_000
  const own = new Set(merchantPrograms(c.st).map((p) => p.id))
  const monthlyRevenue = [...c.st.conversions.values()].filter((x) => own.has(x.programId) && Date.parse(x.createdAt) >= since && x.status !== 'rejected' && x.status !== 'refunded').reduce((s, x) => s + x.amount, 0)
  const index = TIERS.findIndex((t) => t.id === c.st.billing.tier)
  return { tier: c.st.billing.tier, monthlyRevenue, nextTier: TIERS[index + 1]?.id ?? null, stripeSubscriptionId: c.st.billing.tier === 'free' ? null : c.st.merchant._stripeSubscriptionId }
}

const MERCHANT_KEYS = ['companyName', 'logoUrl', 'timezone', 'defaultCookieDuration', 'defaultPayoutThreshold', 'trackingRequiresConsent', 'trackingParamAliases'] as const
const PREF_KEYS = ['newAffiliate', 'newConversion', 'commissionApproved', 'payoutProcessed', 'weeklyDigest'] as const

export const accountRoutes: RefRoute[] = [
  route('GET', '/billing', MERCHANT, 'billing:read', (c) => ok(billing(c))),
  route('GET', '/billing/tiers', MERCHANT, 'billing:read', () => ok(TIERS)),
  route('POST', '/billing/subscribe', MERCHANT, 'billing:write', (c) => {
    validate(c.body, { tier: req(['starter', 'growth', 'pro']) })
    c.st.billing.tier = c.body.tier as 'starter' | 'growth' | 'pro'
    c.st.merchant.billingTier = c.st.billing.tier
    c.st.merchant._stripeSubscriptionId ??= `sub_${c.rnd.hex(14)}`
    return ok(billing(c))
  }),
  route('GET', '/merchant', MERCHANT, 'merchant:read', (c) => ok(c.st.merchant)),
  route('PATCH', '/merchant', MERCHANT, 'merchant:manage', (c) => {
    validate(c.body, {
      companyName: opt('string'),
      logoUrl: opt('string', { nullable: true }),
      timezone: opt('string'),
      defaultCookieDuration: opt('integer', { min: 1, max: 365 }),
      defaultPayoutThreshold: opt('number', { min: 0 }),
      trackingRequiresConsent: opt('boolean'),
      trackingParamAliases: opt('string[]'),
    })
    if (assign(c.st.merchant, c.body, MERCHANT_KEYS).length) c.st.merchant.updatedAt = iso(Date.now())
    return ok(c.st.merchant)
  }),
  route('GET', '/merchant/notifications', MERCHANT, 'merchant:read', (c) => ok(c.st.merchant.notificationPreferences)),
  route('PUT', '/merchant/notifications', MERCHANT, 'merchant:manage', (c) => {
    validate(c.body, Object.fromEntries(PREF_KEYS.map((k) => [k, opt('boolean')])))
    assign(c.st.merchant.notificationPreferences, c.body, PREF_KEYS)
    return ok(c.st.merchant.notificationPreferences)
  }),
  route('POST', '/onboarding/merchant', SETUP, 'onboarding:write', (c) => {
    validate(c.body, { companyName: req('string') })
    c.st.merchant.companyName = c.body.companyName as string
    c.st.merchant.onboardingStep = Math.max(c.st.merchant.onboardingStep, 1)
    c.st.merchant.updatedAt = iso(Date.now())
    return ok({ merchantId: c.st.merchant.id, companyName: c.st.merchant.companyName })
  }),
  route('POST', '/onboarding/complete', SETUP, 'onboarding:write', (c) => {
    c.st.merchant.onboardingCompleted = true
    c.st.merchant.onboardingStep = 3
    return ok({ onboardingCompleted: true, onboardingStep: 3 })
  }),
]
