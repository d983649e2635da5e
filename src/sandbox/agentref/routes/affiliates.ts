import { qBool, qEnum, qString } from '../../shared/query.ts'
import { opt } from '../../shared/validate.ts'
import { MERCHANT, type RefCtx, type RefRoute, conflict, find, notFound, ok, ownPage, page, route, validate } from '../context.ts'
import { affiliateOf, iso, joinProgram, merchantPrograms } from '../ops.ts'
import { AFFILIATE_STATUSES, APPLICATION_SOURCES, APPLICATION_STATUSES, type Affiliate, type Application } from '../types.ts'

function ownApplication(c: RefCtx): Application {
  const app = find(c.st.applications, c.params.id ?? '', 'Application')
  if (!merchantPrograms(c.st).some((p) => p.id === app.programId)) notFound('Application', app.id)
  return app
}

function ownAffiliate(c: RefCtx): Affiliate {
  const affiliate = find(c.st.affiliates, c.params.id ?? '', 'Affiliate')
  if (!merchantPrograms(c.st).some((p) => p.id === affiliate.programId)) notFound('Affiliate', affiliate.id)
  return affiliate
}

const matches = (search: string | undefined, ...values: string[]) => !search || values.some((v) => v.toLowerCase().includes(search.toLowerCase()))

/** Sets an affiliate's status, emitting `affiliate.blocked` / `affiliate.unblocked` on a change. */
export function setAffiliateStatus(c: RefCtx, affiliate: Affiliate, status: Affiliate['status'], reason: string | null = null): void {
  if (affiliate.status === status) return
  affiliate.status = status
  affiliate.blockedReason = status === 'blocked' ? reason : null
  c.emit(status === 'blocked' ? 'affiliate.blocked' : 'affiliate.unblocked', affiliate.programId, affiliate)
}

/** Approves an application: creates (or re-approves) its affiliate and emits `affiliate.approved`. */
export function approve(c: RefCtx, app: Application, note: string | null): Application {
  const program = find(c.st.programs, app.programId, 'Program')
  const user = c.st.users.get(app.userId) ?? { id: app.userId, profileId: app.userId, email: app.email, name: app.name }
  const affiliate = affiliateOf(c.st, app.userId, program.id) ?? joinProgram(c.st, c.rnd, user, program, app.source)
  affiliate.status = 'approved'
  Object.assign(app, { status: 'approved', note, affiliateId: affiliate.id, updatedAt: iso(Date.now()) })
  c.emit('affiliate.approved', program.id, { ...affiliate, applicationId: app.id })
  return app
}

function transition(to: 'approved' | 'declined' | 'blocked') {
  return (c: RefCtx) => {
    const app = ownApplication(c)
    validate(c.body, { note: opt('string', { nullable: true }) })
    const note = (c.body.note as string | null | undefined) ?? null
    if (app.status === to) return ok(app)
    if (to === 'approved') return ok(approve(c, app, note))
    if (to === 'declined' && app.status !== 'pending') conflict(`Only a pending application can be declined (status: ${app.status})`)
    Object.assign(app, { status: to, note, updatedAt: iso(Date.now()) })
    const affiliate = to === 'blocked' ? affiliateOf(c.st, app.userId, app.programId) : undefined
    if (affiliate) setAffiliateStatus(c, affiliate, 'blocked', note)
    return ok(app)
  }
}

function withStats(c: RefCtx, a: Affiliate) {
  const conversions = [...c.st.conversions.values()].filter((x) => x.affiliateId === a.id)
  const paid = [...c.st.payouts.values()].filter((p) => p.affiliateId === a.id && p.status === 'completed').reduce((s, p) => s + p.amount, 0)
  return { ...a, stats: { totalClicks: a.totalClicks, totalConversions: conversions.length, totalRevenue: conversions.reduce((s, x) => s + x.amount, 0), totalCommissions: a.totalEarnings, totalPaidOut: paid, conversionRate: a.totalClicks ? Math.round((conversions.length / a.totalClicks) * 10_000) / 100 : 0 } }
}

export const affiliateRoutes: RefRoute[] = [
  route('GET', '/applications', MERCHANT, 'affiliates:read', (c) => {
    const programId = qString(c.query, 'programId')
    const status = qEnum(c.query, 'status', APPLICATION_STATUSES)
    const source = qEnum(c.query, 'source', APPLICATION_SOURCES)
    const search = qString(c.query, 'search')
    return ownPage(c, c.st.applications, programId, status || source || search ? (a) => (!status || a.status === status) && (!source || a.source === source) && matches(search, a.name, a.email) : undefined)
  }),
  route('GET', '/applications/{id}', MERCHANT, 'affiliates:read', (c) => ok(ownApplication(c))),
  route('POST', '/applications/{id}/approve', MERCHANT, 'affiliates:manage', transition('approved')),
  route('POST', '/applications/{id}/decline', MERCHANT, 'affiliates:manage', transition('declined')),
  route('POST', '/applications/{id}/block', MERCHANT, 'affiliates:manage', transition('blocked')),

  route('GET', '/affiliates', MERCHANT, 'affiliates:read', (c) => {
    const q = c.query
    const programId = qString(q, 'programId')
    const status = qEnum(q, 'status', AFFILIATE_STATUSES)
    const source = qEnum(q, 'source', APPLICATION_SOURCES)
    const includeBlocked = qBool(q, 'includeBlocked') ?? status === 'blocked'
    const search = qString(q, 'search')
    const sortBy = qEnum(q, 'sortBy', ['createdAt', 'totalClicks', 'totalRevenue', 'name'] as const) ?? 'createdAt'
    const order = qEnum(q, 'sortOrder', ['asc', 'desc'] as const) ?? 'desc'
    const own = new Set(merchantPrograms(c.st).map((p) => p.id))
    const key = (a: Affiliate): string | number => (sortBy === 'totalRevenue' ? a.totalEarnings : a[sortBy])
    const items = [...c.st.affiliates.values()]
      .filter((a) => own.has(a.programId) && (!programId || a.programId === programId) && (!status || a.status === status) && (includeBlocked || a.status !== 'blocked') && (!source || a.source === source) && matches(search, a.name, a.email, a.code))
      .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (order === 'asc' ? 1 : -1))
    return page(items, q)
  }),
  route('GET', '/affiliates/{id}', MERCHANT, 'affiliates:read', (c) => {
    const include = qEnum(c.query, 'include', ['stats'] as const)
    const affiliate = ownAffiliate(c)
    return ok(include === 'stats' ? withStats(c, affiliate) : affiliate)
  }),
  route('POST', '/affiliates/{id}/block', MERCHANT, 'affiliates:manage', (c) => {
    validate(c.body, { reason: opt('string', { nullable: true }) })
    const affiliate = ownAffiliate(c)
    setAffiliateStatus(c, affiliate, 'blocked', (c.body.reason as string | null | undefined) ?? null)
    return ok(affiliate)
  }),
  route('POST', '/affiliates/{id}/unblock', MERCHANT, 'affiliates:manage', (c) => {
    const affiliate = ownAffiliate(c)
    setAffiliateStatus(c, affiliate, 'approved')
    return ok(affiliate)
  }),
]
