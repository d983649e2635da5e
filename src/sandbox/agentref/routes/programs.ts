import { qBool, qEnum } from '../../shared/query.ts'
import { opt, req } from '../../shared/validate.ts'
import { MERCHANT, type RefCtx, type RefRoute, SETUP, assign, conflict, created, find, notFound, ok, ownProgram, page, route, validate } from '../context.ts'
import { inviteView } from '../invite-view.ts'
import { byNewest, iso, merchantPrograms, newProgram } from '../ops.ts'
import { APPLICATION_ACCESS, APPLICATION_SOURCES, COMMISSION_TYPES, MARKETPLACE_STATUSES, PROGRAM_STATUSES, type Program } from '../types.ts'

const EDITABLE = ['name', 'commissionType', 'commissionPercent', 'website', 'cookieDuration', 'payoutThreshold', 'autoApproveAffiliates', 'description', 'landingPageUrl', 'status', 'currency', 'marketplaceStatus', 'applicationAccess', 'portalSlug', 'commissionLimitMonths', 'marketplaceCategory', 'marketplaceDescription', 'marketplaceLogoUrl'] as const

const FIELDS = {
  website: opt('string', { nullable: true }),
  cookieDuration: opt('integer', { min: 1, max: 365 }),
  payoutThreshold: opt('number', { min: 0 }),
  autoApproveAffiliates: opt('boolean'),
  description: opt('string', { nullable: true }),
  landingPageUrl: opt('string', { nullable: true }),
  portalSlug: opt('string', { nullable: true }),
  commissionLimitMonths: opt('integer', { nullable: true, min: 1 }),
  currency: opt('string', { pattern: /^[A-Za-z]{3}$/ }),
  marketplaceStatus: opt(MARKETPLACE_STATUSES),
  applicationAccess: opt(APPLICATION_ACCESS),
  marketplaceCategory: opt('string', { nullable: true }),
  marketplaceDescription: opt('string', { nullable: true }),
  marketplaceLogoUrl: opt('string', { nullable: true }),
}

export function readiness(p: Program): 'setup' | 'partial' | 'ready' {
  const steps = [p.stripeAccountId !== null, p.website !== null || p.landingPageUrl !== null, p._scriptInstalled].filter(Boolean).length
  return steps === 3 ? 'ready' : steps === 0 ? 'setup' : 'partial'
}

const detail = (p: Program) => ({ ...p, readiness: readiness(p) })

function stats(c: RefCtx, p: Program) {
  const conversions = [...c.st.conversions.values()].filter((x) => x.programId === p.id)
  const count = (s: string) => conversions.filter((x) => x.status === s).length
  const counted = conversions.filter((x) => x.status !== 'rejected' && x.status !== 'refunded')
  return {
    programId: p.id,
    programName: p.name,
    status: p.status,
    totalRevenue: counted.reduce((s, x) => s + x.amount, 0),
    totalConversions: conversions.length,
    totalCommissions: counted.reduce((s, x) => s + x.commission, 0),
    pendingCommissions: conversions.filter((x) => x.status === 'pending').reduce((s, x) => s + x.commission, 0),
    activeAffiliates: [...c.st.affiliates.values()].filter((a) => a.programId === p.id && a.status === 'approved').length,
    conversionsByStatus: { pending: count('pending'), approved: count('approved'), partiallyRefunded: count('partially_refunded'), rejected: count('rejected'), refunded: count('refunded') },
  }
}

export const programRoutes: RefRoute[] = [
  route('GET', '/programs', MERCHANT, 'programs:read', (c) => {
    const status = qEnum(c.query, 'status', PROGRAM_STATUSES)
    return page(merchantPrograms(c.st).filter((p) => !status || p.status === status).sort(byNewest), c.query)
  }),
  route('GET', '/programs/{id}', MERCHANT, 'programs:read', (c) => ok(detail(ownProgram(c, c.params.id ?? '')))),
  route('POST', '/programs', SETUP, 'programs:write', (c) => {
    validate(c.body, { name: req('string'), commissionType: req(COMMISSION_TYPES), commissionPercent: req('number', { min: 0, max: 100 }), ...FIELDS })
    const input = Object.fromEntries(EDITABLE.filter((k) => c.body[k] !== undefined && k !== 'status').map((k) => [k, c.body[k]]))
    const program = newProgram(c.st, c.rnd, c.st.merchant.id, input as Parameters<typeof newProgram>[3])
    if (program.currency) program.currency = program.currency.toUpperCase()
    c.emit('program.created', program.id, program)
    return created(program)
  }),
  route('PATCH', '/programs/{id}', MERCHANT, 'programs:write', (c) => {
    const program = ownProgram(c, c.params.id ?? '')
    validate(c.body, { name: opt('string'), commissionType: opt(COMMISSION_TYPES), commissionPercent: opt('number', { min: 0, max: 100 }), status: opt(PROGRAM_STATUSES), ...FIELDS })
    const updatedFields = assign(program, c.body, EDITABLE)
    if (updatedFields.length) {
      program.updatedAt = iso(Date.now())
      c.emit('program.updated', program.id, { ...program, updatedFields })
    }
    return ok(program)
  }),
  route('DELETE', '/programs/{id}', MERCHANT, 'programs:write', (c) => {
    const program = ownProgram(c, c.params.id ?? '')
    program._deleted = true
    program.status = 'archived'
    program.updatedAt = iso(Date.now())
    return ok(program)
  }),
  route('GET', '/programs/{id}/stats', MERCHANT, 'stats:read', (c) => ok(stats(c, ownProgram(c, c.params.id ?? '')))),
  route('GET', '/programs/{id}/affiliates', MERCHANT, 'affiliates:read', (c) => {
    const program = ownProgram(c, c.params.id ?? '')
    const includeBlocked = qBool(c.query, 'includeBlocked') ?? false
    const source = qEnum(c.query, 'source', APPLICATION_SOURCES)
    const items = [...c.st.affiliates.values()].filter((a) => a.programId === program.id && (includeBlocked || a.status !== 'blocked') && (!source || a.source === source))
    return page(items.sort(byNewest), c.query)
  }),
  route('GET', '/programs/{id}/coupons', MERCHANT, 'programs:read', (c) => {
    const program = ownProgram(c, c.params.id ?? '')
    return ok([...c.st.coupons.values()].filter((x) => x.programId === program.id))
  }),
  route('POST', '/programs/{id}/coupons', MERCHANT, 'programs:write', (c) => {
    const program = ownProgram(c, c.params.id ?? '')
    validate(c.body, { affiliateId: req('string'), code: req('string', { pattern: /^[A-Za-z0-9_-]{2,40}$/ }), expiresAt: opt('string', { nullable: true }) })
    const affiliate = find(c.st.affiliates, c.body.affiliateId as string, 'Affiliate')
    if (affiliate.programId !== program.id) notFound('Affiliate in this program', affiliate.id)
    const code = (c.body.code as string).toUpperCase()
    if ([...c.st.coupons.values()].some((x) => x.programId === program.id && x.code === code)) conflict(`Coupon code ${code} already exists in this program`)
    const coupon = { id: c.rnd.id('cpn'), code, affiliateId: affiliate.id, programId: program.id, expiresAt: (c.body.expiresAt as string | null | undefined) ?? null, createdAt: iso(Date.now()) }
    c.st.coupons.set(coupon.id, coupon)
    return created(coupon)
  }),
  route('DELETE', '/coupons/{couponId}', MERCHANT, 'programs:write', (c) => {
    const coupon = find(c.st.coupons, c.params.couponId ?? '', 'Coupon')
    ownProgram(c, coupon.programId)
    c.st.coupons.delete(coupon.id)
    return ok(coupon)
  }),
  route('POST', '/programs/{id}/invites', MERCHANT, 'programs:write', (c) => {
    const program = ownProgram(c, c.params.id ?? '')
    validate(c.body, { email: opt('string'), name: opt('string'), isPublic: opt('boolean'), usageLimit: opt('integer', { min: 1 }), expiresInDays: opt('integer', { min: 1, max: 365 }), trackingCode: opt('string'), skipOnboarding: opt('boolean') })
    const b = c.body
    const now = Date.now()
    const invite = {
      token: `inv_${c.rnd.hex(20)}`,
      email: (b.email as string | undefined) ?? null,
      name: (b.name as string | undefined) ?? null,
      programId: program.id,
      isPublic: (b.isPublic as boolean | undefined) ?? !b.email,
      usageLimit: (b.usageLimit as number | undefined) ?? null,
      usedCount: 0,
      trackingCode: (b.trackingCode as string | undefined) ?? null,
      skipOnboarding: (b.skipOnboarding as boolean | undefined) ?? false,
      expiresAt: iso(now + ((b.expiresInDays as number | undefined) ?? 30) * 86_400_000),
      createdAt: iso(now),
    }
    c.st.invites.set(invite.token, invite)
    return created(inviteView(invite))
  }),
  route('GET', '/programs/{id}/invites', MERCHANT, 'programs:read', (c) => {
    const program = ownProgram(c, c.params.id ?? '')
    return ok([...c.st.invites.values()].filter((x) => x.programId === program.id).map(inviteView))
  }),
  route('PATCH', '/programs/{id}/marketplace', MERCHANT, 'programs:write', (c) => {
    const program = ownProgram(c, c.params.id ?? '')
    validate(c.body, { status: opt(MARKETPLACE_STATUSES), category: opt('string', { nullable: true }), description: opt('string', { nullable: true }), logoUrl: opt('string', { nullable: true }) })
    const map = { status: 'marketplaceStatus', category: 'marketplaceCategory', description: 'marketplaceDescription', logoUrl: 'marketplaceLogoUrl' } as const
    const updatedFields: string[] = []
    for (const [wire, field] of Object.entries(map)) {
      if (c.body[wire] === undefined) continue
      ;(program as unknown as Record<string, unknown>)[field] = c.body[wire]
      updatedFields.push(field)
    }
    if (updatedFields.length) {
      program.updatedAt = iso(Date.now())
      c.emit('program.updated', program.id, { ...program, updatedFields })
    }
    return ok({ programId: program.id, marketplaceStatus: program.marketplaceStatus, marketplaceCategory: program.marketplaceCategory, marketplaceDescription: program.marketplaceDescription, marketplaceLogoUrl: program.marketplaceLogoUrl, updatedAt: program.updatedAt })
  }),
  route('POST', '/programs/{id}/connect-stripe', SETUP, 'programs:write', (c) => {
    const program = ownProgram(c, c.params.id ?? '')
    validate(c.body, { method: opt(['oauth_url']) })
    if (program.stripeAccountId === null) {
      program.stripeAccountId = `acct_${c.rnd.hex(16)}`
      program.stripeConnectedAt = iso(Date.now())
    }
    return ok({ connected: true, method: 'oauth_url', programId: program.id, programReadiness: readiness(program), authUrl: `https://connect.stripe.com/oauth/authorize?client_id=ca_sandbox&state=${program.id}`, message: 'Sandbox: the Stripe account is connected at once; authUrl is informational.' })
  }),
  route('DELETE', '/programs/{id}/connect-stripe', MERCHANT, 'programs:write', (c) => {
    const program = ownProgram(c, c.params.id ?? '')
    program.stripeAccountId = null
    program.stripeConnectedAt = null
    return ok({ success: true, programId: program.id })
  }),
  route('GET', '/programs/{programId}/tracking/status', MERCHANT, 'programs:read', (c) => {
    const program = ownProgram(c, c.params.programId ?? '')
    const conversions = [...c.st.conversions.values()].filter((x) => x.programId === program.id).sort(byNewest)
    return ok({
      programId: program.id,
      readiness: readiness(program),
      health: {
        scriptInstalled: { complete: program._scriptInstalled },
        stripeConnected: { complete: program.stripeAccountId !== null },
        firstConversion: { complete: conversions.length > 0 },
      },
      lastConversionAt: conversions[0]?.createdAt ?? null,
    })
  }),
]
