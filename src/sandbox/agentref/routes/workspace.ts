import { fail } from '../../shared/errors.ts'
import { keysetPage } from '../../shared/keyset-page.ts'
import { qDate, qEnum, qString } from '../../shared/query.ts'
import { opt, req } from '../../shared/validate.ts'
import { AFFILIATE, ANY, type RefCtx, type RefRoute, assign, conflict, created, find, notFound, ok, route, validate } from '../context.ts'
import { affiliateOf, iso, periodStart } from '../ops.ts'
import { type Affiliate, type AffiliateLink, PAYOUT_METHODS, PERIODS, type PayoutInfo, type Program } from '../types.ts'

/** The sandbox affiliate's memberships. */
const mine = (c: RefCtx): Affiliate[] => [...c.st.affiliates.values()].filter((a) => a.userId === c.st.me.id)

/** The caller's membership in a program: 404 for an unknown program, 403 when not joined. */
export function membership(c: RefCtx, programId: string): { program: Program; affiliate: Affiliate } {
  const program = c.st.programs.get(programId)
  if (!program || program._deleted) notFound('Program', programId)
  const affiliate = affiliateOf(c.st, c.st.me.id, program.id)
  if (!affiliate) fail(403, 'FORBIDDEN', `You are not an affiliate of program ${programId}`)
  return { program, affiliate }
}

function earnings(c: RefCtx, a: Affiliate) {
  const conv = [...c.st.conversions.values()].filter((x) => x.affiliateId === a.id)
  const live = conv.filter((x) => x.status !== 'rejected' && x.status !== 'refunded')
  const paidOut = [...c.st.payouts.values()].filter((p) => p.affiliateId === a.id && p.status === 'completed').reduce((s, p) => s + p.amount, 0)
  const sum = (xs: typeof conv) => xs.reduce((s, x) => s + x.commission, 0)
  return {
    totalClicks: a.totalClicks,
    totalConversions: conv.length,
    totalRevenue: live.reduce((s, x) => s + x.amount, 0),
    totalCommission: sum(live),
    totalPaidOut: paidOut,
    pendingCommission: sum(live.filter((x) => x.status === 'pending' && !x._payoutId)),
    availableCommission: sum(live.filter((x) => x.status !== 'pending' && !x._payoutId)),
  }
}

function summary(c: RefCtx, a: Affiliate) {
  const p = find(c.st.programs, a.programId, 'Program')
  const e = earnings(c, a)
  return {
    affiliateId: a.id,
    programId: p.id,
    programName: p.name,
    programDescription: p.description,
    companyName: p.merchantId === c.st.merchant.id ? c.st.merchant.companyName : null,
    portalSlug: p.portalSlug,
    portalTheme: null,
    marketplaceLogoUrl: p.marketplaceLogoUrl,
    commissionType: p.commissionType,
    commissionPercent: p.commissionPercent,
    code: a.code,
    isApproved: a.status === 'approved',
    isBlocked: a.status === 'blocked',
    totalClicks: e.totalClicks,
    totalConversions: e.totalConversions,
    totalRevenue: e.totalRevenue,
    totalCommission: e.totalCommission,
    totalPaidOut: e.totalPaidOut,
    createdAt: a.createdAt,
  }
}

const maskIban = (info: PayoutInfo): PayoutInfo => ({ ...info, bankIban: info.bankIban ? `****${info.bankIban.slice(-4)}` : null })

function linkProgram(c: RefCtx): { program: Program; affiliate: Affiliate } {
  const programId = qString(c.query, 'program_id')
  if (programId) return membership(c, programId)
  const first = mine(c)[0]
  if (!first) fail(400, 'VALIDATION_ERROR', 'program_id is required', { program_id: 'is required' })
  return membership(c, first.programId)
}

function ownLink(c: RefCtx): AffiliateLink {
  const link = find(c.st.links, c.params.id ?? '', 'Link')
  if (!mine(c).some((a) => a.id === link.affiliateId)) notFound('Link', link.id)
  return link
}

const PAYOUT_INFO_KEYS = ['payoutMethod', 'paypalEmail', 'bankAccountHolder', 'bankIban', 'bankBic', 'firstName', 'lastName', 'addressLine1', 'addressLine2', 'city', 'state', 'postalCode', 'vatId'] as const

export const workspaceRoutes: RefRoute[] = [
  route('GET', '/me', ANY, 'profile:read', (c) => {
    const { type, scopes } = c.key
    const owner = type === 'affiliate' ? { affiliateId: c.st.me.profileId, userId: c.st.me.id, email: c.st.me.email, name: c.st.me.name } : { merchantId: c.st.merchant.id, companyName: c.st.merchant.companyName }
    const programs = type === 'affiliate' ? mine(c).map((a) => ({ programId: a.programId, affiliateId: a.id })) : []
    return ok({ key: { ownerType: type === 'affiliate' ? 'affiliate' : 'merchant', keyType: type, scopes }, owner, programs })
  }),
  route('GET', '/me/overview', AFFILIATE, 'stats:read', (c) => {
    const all = mine(c).map((a) => ({ a, e: earnings(c, a), s: summary(c, a) }))
    const total = (k: keyof ReturnType<typeof earnings>) => all.reduce((s, x) => s + x.e[k], 0)
    return ok({
      affiliateProfileId: c.st.me.profileId,
      programCount: all.length,
      activeProgramCount: all.filter((x) => x.a.status === 'approved').length,
      totalEarnings: total('totalCommission'),
      pendingEarnings: total('pendingCommission'),
      availableEarnings: total('availableCommission'),
      paidEarnings: total('totalPaidOut'),
      programStats: all.map(({ s }) => ({ programId: s.programId, programName: s.programName, totalClicks: s.totalClicks, totalConversions: s.totalConversions, totalRevenue: s.totalRevenue, totalCommission: s.totalCommission, totalPaidOut: s.totalPaidOut })),
    })
  }),
  route('GET', '/me/programs', AFFILIATE, 'profile:read', (c) => ok(mine(c).map((a) => summary(c, a)))),
  route('GET', '/me/programs/{programId}', AFFILIATE, 'profile:read', (c) => {
    const { program: p, affiliate: a } = membership(c, c.params.programId ?? '')
    const info = maskIban(c.st.payoutInfo.get(c.st.me.id) ?? ({} as PayoutInfo))
    const e = earnings(c, a)
    return ok({
      ...summary(c, a),
      merchantCompanyName: p.merchantId === c.st.merchant.id ? c.st.merchant.companyName : null,
      website: p.website,
      landingPageUrl: p.landingPageUrl,
      commissionLimitMonths: p.commissionLimitMonths,
      cookieDuration: p.cookieDuration,
      payoutThreshold: p.payoutThreshold,
      payoutFrequency: 'monthly',
      currency: p.currency,
      allowCustomDestinations: true,
      allowedLandingPages: [{ path: '/', label: 'Home' }, { path: '/pricing', label: 'Pricing' }],
      termsUrl: p.termsUrl,
      ...info,
      companyName: null,
      country: null,
      taxIdType: null,
      taxId: null,
      taxFormCompleted: false,
      pendingCommission: e.pendingCommission,
    })
  }),
  route('GET', '/me/earnings', AFFILIATE, 'earnings:read', (c) => {
    const rows = mine(c).map((a) => ({ programId: a.programId, programName: c.st.programs.get(a.programId)?.name ?? null, ...earnings(c, a) }))
    const total = (k: 'totalCommission' | 'pendingCommission' | 'availableCommission' | 'totalPaidOut') => rows.reduce((s, r) => s + r[k], 0)
    return ok({ currency: 'USD', totalEarnings: total('totalCommission'), pendingEarnings: total('pendingCommission'), availableEarnings: total('availableCommission'), paidEarnings: total('totalPaidOut'), programs: rows })
  }),
  route('GET', '/me/earnings/{programId}', AFFILIATE, 'earnings:read', (c) => {
    const { affiliate } = membership(c, c.params.programId ?? '')
    const since = periodStart(qEnum(c.query, 'period', PERIODS))
    const { data, meta } = keysetPage(c.st.conversions.sorted, c.query, (x) => x.affiliateId === affiliate.id && Date.parse(x.createdAt) >= since)
    return { data: data.map((x) => ({ conversionId: x.id, programId: x.programId, amount: x.amount, commission: x.commission, status: x.status, paid: Boolean(x._payoutId), createdAt: x.createdAt })), meta }
  }),
  route('GET', '/me/payouts', AFFILIATE, 'payouts:read', (c) => {
    const programId = qString(c.query, 'program_id')
    const ids = new Set(mine(c).filter((a) => !programId || a.programId === programId).map((a) => a.id))
    return keysetPage(c.st.payouts.sorted, c.query, (p) => ids.has(p.affiliateId))
  }),
  route('GET', '/me/links', AFFILIATE, 'links:read', (c) => {
    const programId = qString(c.query, 'program_id')
    const ids = new Set(mine(c).filter((a) => !programId || a.programId === programId).map((a) => a.id))
    return ok([...c.st.links.values()].filter((l) => ids.has(l.affiliateId)))
  }),
  route('POST', '/me/links', AFFILIATE, 'links:write', (c) => {
    validate(c.body, { name: req('string'), destination_path: opt('string', { nullable: true, pattern: /^\// }), custom_slug: opt('string', { nullable: true, pattern: /^[a-z0-9-]{3,40}$/ }) })
    const { program, affiliate } = linkProgram(c)
    const slug = (c.body.custom_slug as string | null | undefined) ?? `${affiliate.code}-${c.rnd.hex(4)}`
    if ([...c.st.links.values()].some((l) => l.code === slug)) conflict(`Link slug ${slug} is already taken`)
    const path = (c.body.destination_path as string | null | undefined) ?? null
    const now = iso(Date.now())
    const base = program.landingPageUrl ?? program.website ?? `https://${program.slug}.sandbox.test`
    const link: AffiliateLink = { id: c.rnd.id('lnk'), programId: program.id, affiliateId: affiliate.id, name: c.body.name as string, code: slug, destinationPath: path, targetUrl: null, isActive: true, url: `${new URL(path ?? '/', base).href}?ref=${slug}`, clicks: 0, createdAt: now, updatedAt: now }
    c.st.links.set(link.id, link)
    return created(link)
  }),
  route('PATCH', '/me/links/{id}', AFFILIATE, 'links:write', (c) => {
    validate(c.body, { name: opt('string'), targetUrl: opt('string', { nullable: true }), isActive: opt('boolean') })
    const link = ownLink(c)
    if (assign(link, c.body, ['name', 'targetUrl', 'isActive']).length) link.updatedAt = iso(Date.now())
    return ok(link)
  }),
  route('DELETE', '/me/links/{id}', AFFILIATE, 'links:write', (c) => {
    const link = ownLink(c)
    c.st.links.delete(link.id)
    return ok({ success: true, id: link.id })
  }),
  route('GET', '/me/clicks', AFFILIATE, 'stats:read', (c) => {
    const programId = qString(c.query, 'program_id')
    const end = qDate(c.query, 'endDate') ?? Date.now()
    const start = qDate(c.query, 'startDate') ?? end - 30 * 86_400_000
    if (programId) membership(c, programId)
    const links = [...c.st.links.values()].filter((l) => mine(c).some((a) => a.id === l.affiliateId) && (!programId || l.programId === programId))
    const totalClicks = links.reduce((s, l) => s + l.clicks, 0)
    return ok({ programId: programId ?? null, startDate: iso(start), endDate: iso(end), totalClicks, uniqueClicks: Math.round(totalClicks * 0.8), byLink: links.map((l) => ({ linkId: l.id, name: l.name, clicks: l.clicks })) })
  }),
  route('GET', '/me/payout-info', AFFILIATE, 'profile:read', (c) => ok(maskIban(c.st.payoutInfo.get(c.st.me.id) ?? ({} as PayoutInfo)))),
  route('PATCH', '/me/payout-info', AFFILIATE, 'profile:write', (c) => {
    const nullableStrings = Object.fromEntries(PAYOUT_INFO_KEYS.slice(1).map((k) => [k, opt('string', { nullable: true })]))
    validate(c.body, { payoutMethod: opt(PAYOUT_METHODS, { nullable: true }), ...nullableStrings })
    const info = c.st.payoutInfo.get(c.st.me.id)
    if (!info) notFound('Payout info', c.st.me.id)
    assign(info, c.body, PAYOUT_INFO_KEYS)
    return ok(maskIban(info))
  }),
]
