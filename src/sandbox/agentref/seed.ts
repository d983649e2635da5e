import type { Random } from '../shared/prng.ts'
import { addConversion, addPayout, iso, joinProgram, newProgram } from './ops.ts'
import { type Affiliate, type AffiliateUser, type AgentRefState, type Application, CONVERSION_STATUSES, type PayoutInfo, type Program } from './types.ts'

const DAY = 86_400_000
const NAMES = ['Alex Rivera', 'Bea Novak', 'Chen Wei', 'Dana Okafor', 'Eli Haddad', 'Fatima Zahra', 'Gus Lindqvist', 'Hana Sato', 'Ivan Petrov', 'Jo Mbeki']

/**
 * Fills an empty AgentRef world with a believable, seed-determined history; then `bulk` more
 * conversions (load tests), one a minute up to `now`, oldest first.
 */
export function seedAgentRef(st: AgentRefState, rnd: Random, now = Date.now(), bulk = 0): void {
  const m = st.merchant.id
  const programs: Program[] = [
    newProgram(st, rnd, m, { name: 'Sandbox Analytics Partners', commissionType: 'recurring', commissionPercent: 20, website: 'https://analytics.sandbox.test', landingPageUrl: 'https://analytics.sandbox.test/pricing', marketplaceStatus: 'public', marketplaceCategory: 'saas', marketplaceDescription: 'Product analytics for small teams.', stripeAccountId: `acct_${rnd.hex(16)}`, stripeConnectedAt: iso(now - 150 * DAY), _epc: 412, _conversionRate: 3.1, _scriptInstalled: true }, now - 180 * DAY),
    newProgram(st, rnd, m, { name: 'Sandbox Starter Referral', commissionType: 'one_time', commissionPercent: 30, website: 'https://starter.sandbox.test', autoApproveAffiliates: true, stripeAccountId: `acct_${rnd.hex(16)}`, stripeConnectedAt: iso(now - 100 * DAY), _scriptInstalled: true }, now - 120 * DAY),
    newProgram(st, rnd, m, { name: 'Sandbox Enterprise Partners', commissionType: 'recurring_limited', commissionPercent: 15, commissionLimitMonths: 12, applicationAccess: 'invite_only', website: 'https://enterprise.sandbox.test' }, now - 60 * DAY),
    newProgram(st, rnd, m, { name: 'Sandbox Legacy Program', commissionType: 'one_time', commissionPercent: 10, status: 'paused' }, now - 300 * DAY),
  ]
  const [main, starter, enterprise] = programs as [Program, Program, Program, Program]
  for (const [name, pct, cat] of [['Nimbus CRM Affiliates', 25, 'saas'], ['PixelForge Creators', 35, 'design'], ['LedgerLite Partners', 18, 'finance']] as const) {
    newProgram(st, rnd, rnd.id('mer'), { name, commissionType: 'recurring', commissionPercent: pct, marketplaceStatus: 'public', marketplaceCategory: cat, marketplaceDescription: `${name}: join and earn ${pct}% recurring.`, autoApproveAffiliates: name.startsWith('Pixel'), _epc: rnd.int(80, 600), _conversionRate: rnd.int(10, 60) / 10 }, now - rnd.int(30, 400) * DAY)
  }

  const users: AffiliateUser[] = NAMES.map((name) => {
    const user = { id: rnd.id('usr'), profileId: rnd.id('afp'), email: `${name.split(' ')[0]?.toLowerCase()}@partners.test`, name }
    st.users.set(user.id, user)
    st.payoutInfo.set(user.id, blankPayoutInfo(rnd.chance(0.7) ? { payoutMethod: 'paypal', paypalEmail: user.email } : {}))
    return user
  })
  st.payoutInfo.set(st.me.id, blankPayoutInfo({ payoutMethod: 'paypal', paypalEmail: st.me.email, firstName: 'Sandy', lastName: 'Affiliate' }))

  const join = (user: AffiliateUser, program: Program, daysAgo: number): Affiliate => {
    const source = rnd.pick(['browser', 'api', 'mcp', 'invite'] as const)
    const affiliate = joinProgram(st, rnd, user, program, source, now - daysAgo * DAY)
    affiliate.totalClicks = rnd.int(20, 900)
    const app = application(st, rnd, user, program, 'approved', now - (daysAgo + 2) * DAY)
    app.affiliateId = affiliate.id
    app.source = source
    return affiliate
  }
  const affiliates: Affiliate[] = [join(st.me, main, 90), join(st.me, starter, 45)]
  users.forEach((u, i) => {
    affiliates.push(join(u, i % 2 === 0 ? main : starter, rnd.int(20, 170)))
    if (i % 3 === 0) affiliates.push(join(u, enterprise, rnd.int(5, 50)))
  })
  const blocked = affiliates[affiliates.length - 1] as Affiliate
  blocked.status = 'blocked'
  blocked.blockedReason = 'Brand bidding'

  for (const [i, user] of users.slice(0, 6).entries()) {
    application(st, rnd, user, i < 4 ? enterprise : starter, i === 5 ? 'declined' : 'pending', now - rnd.int(1, 14) * DAY)
  }

  const live = affiliates.slice(0, -1)
  for (let i = 0; i < 48; i++) {
    const affiliate = rnd.pick(live)
    const age = rnd.int(0, 75)
    addConversion(st, rnd, {
      programId: affiliate.programId,
      affiliateId: affiliate.id,
      amount: rnd.int(10, 600) * 100,
      status: age > 30 ? rnd.pick(['approved', 'approved', 'approved', 'refunded', 'rejected'] as const) : rnd.pick(['pending', 'pending', 'approved'] as const),
      method: rnd.pick(['cookie', 'cookie', 'coupon', 'metadata'] as const),
      createdAt: now - age * DAY - rnd.int(0, DAY),
    })
  }
  for (const affiliate of affiliates.slice(2, 5)) addPayout(st, rnd, { affiliateId: affiliate.id, programId: affiliate.programId, method: 'paypal', status: 'completed', at: now - 20 * DAY })
  for (const affiliate of affiliates.slice(0, 2)) {
    addConversion(st, rnd, { programId: affiliate.programId, affiliateId: affiliate.id, amount: 12_900, status: 'approved', createdAt: now - 3 * DAY })
  }

  const flagTypes = ['high_click_frequency', 'self_referral', 'conversion_anomaly', 'suspicious_activity'] as const
  flagTypes.forEach((type, i) => {
    const id = rnd.id('flg')
    const status = (['open', 'open', 'reviewed', 'dismissed'] as const)[i] ?? 'open'
    st.flags.set(id, { id, affiliateId: (affiliates[3 + i] as Affiliate).id, type, status, details: { score: rnd.int(50, 99) }, note: status === 'open' ? null : 'Checked by sandbox', createdAt: iso(now - (i + 1) * 4 * DAY), resolvedAt: status === 'open' ? null : iso(now - i * DAY) })
  })

  const a0 = affiliates[2] as Affiliate
  for (const code of ['SPRING20', 'PARTNER10']) {
    const id = rnd.id('cpn')
    st.coupons.set(id, { id, code, affiliateId: a0.id, programId: main.id, expiresAt: null, createdAt: iso(now - 30 * DAY) })
  }
  const token = `inv_${rnd.hex(20)}`
  st.invites.set(token, { token, email: null, name: 'Public enterprise invite', programId: enterprise.id, isPublic: true, usageLimit: 50, usedCount: 3, trackingCode: null, skipOnboarding: false, expiresAt: iso(now + 60 * DAY), createdAt: iso(now - 10 * DAY) })

  for (const [name, path] of [['Homepage', null], ['Pricing page', '/pricing']] as const) {
    const mine = affiliates[0] as Affiliate
    const id = rnd.id('lnk')
    const code = `${mine.code}-${rnd.hex(3)}`
    st.links.set(id, { id, programId: main.id, affiliateId: mine.id, name, code, destinationPath: path, targetUrl: null, isActive: true, url: `https://analytics.sandbox.test${path ?? '/'}?ref=${code}`, clicks: rnd.int(5, 300), createdAt: iso(now - 40 * DAY), updatedAt: iso(now - 40 * DAY) })
  }

  const res = (kind: 'social_post' | 'file' | 'swipe_copy', title: string, status: 'published' | 'draft', body: string | null) => {
    const id = rnd.id('mres')
    st.resources.set(id, { id, program_id: main.id, kind, title, description: null, body, platforms: kind === 'social_post' ? ['x', 'linkedin'] : [], instructions: null, collection_id: null, folder_id: null, status, media: [], created_at: iso(now - 15 * DAY), updated_at: iso(now - 15 * DAY), published_at: status === 'published' ? iso(now - 14 * DAY) : null })
  }
  res('social_post', 'Launch week post', 'published', 'We switched to Sandbox Analytics and never looked back: {{affiliate_link}}')
  res('swipe_copy', 'Newsletter blurb', 'draft', 'Analytics your whole team can read. Try it: {{affiliate_link}}')
  res('file', 'Brand kit', 'published', null)

  for (let i = bulk; i > 0; i--) {
    const a = rnd.pick(live)
    addConversion(st, rnd, { programId: a.programId, affiliateId: a.id, amount: rnd.int(1, 600) * 100, status: rnd.pick(CONVERSION_STATUSES), createdAt: now - i * 60_000 })
  }
}

function application(st: AgentRefState, rnd: Random, user: AffiliateUser, program: Program, status: 'approved' | 'pending' | 'declined', at: number): Application {
  const id = rnd.id('app')
  const app: Application = { id, programId: program.id, userId: user.id, email: user.email, name: user.name, status, source: 'browser', message: 'I write about SaaS tooling for startups.', note: null, affiliateId: null, createdAt: iso(at), updatedAt: iso(at) }
  st.applications.set(id, app)
  return app
}

export function blankPayoutInfo(values: Partial<PayoutInfo> = {}): PayoutInfo {
  return { payoutMethod: null, paypalEmail: null, bankAccountHolder: null, bankIban: null, bankBic: null, firstName: null, lastName: null, addressLine1: null, addressLine2: null, city: null, state: null, postalCode: null, vatId: null, ...values }
}
