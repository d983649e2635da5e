import { fail } from '../../shared/errors.ts'
import { qDate, qEnum, qInt, qString } from '../../shared/query.ts'
import { opt, req } from '../../shared/validate.ts'
import { keysetPage } from '../../shared/keyset-page.ts'
import type { Listed } from '../../shared/listed.ts'
import { MERCHANT, type RefCtx, type RefResult, type RefRoute, created, find, notFound, ok, ownPage, page, route, validate } from '../context.ts'
import { addPayout, iso, merchantPrograms, periodStart, unpaid } from '../ops.ts'
import { CONVERSION_STATUSES, type Conversion, FLAG_STATUSES, FLAG_TYPES, PAYOUT_METHODS, PAYOUT_STATUSES, PERIODS, type Payout } from '../types.ts'
import { setAffiliateStatus } from './affiliates.ts'

/** A page of the conversion or payout list, with the filters they share. */
function listed<T extends Conversion | Payout>(c: RefCtx, list: Listed<T>, statuses: readonly string[]): RefResult {
  const q = c.query
  const affiliateId = qString(q, 'affiliateId')
  const status = qEnum(q, 'status', statuses)
  const from = qDate(q, 'startDate') ?? qDate(q, 'from') ?? -Infinity
  const to = qDate(q, 'endDate') ?? qDate(q, 'to') ?? Infinity
  const filtered = affiliateId || status || from > -Infinity || to < Infinity
  const keep = (x: T) => {
    const t = Date.parse(x.createdAt)
    return (!affiliateId || x.affiliateId === affiliateId) && (!status || x.status === status) && t >= from && t <= to
  }
  return ownPage(c, list, qString(q, 'programId'), filtered ? keep : undefined)
}

function scoped(c: RefCtx) {
  const programId = qString(c.query, 'programId')
  const since = periodStart(qEnum(c.query, 'period', PERIODS))
  const own = new Set(merchantPrograms(c.st).map((p) => p.id))
  return <T extends { programId: string; createdAt: string }>(x: T) => own.has(x.programId) && (!programId || x.programId === programId) && Date.parse(x.createdAt) >= since
}

function pendingAffiliates(c: RefCtx, programId: string | undefined) {
  return [...c.st.affiliates.values()]
    .filter((a) => merchantPrograms(c.st).some((p) => p.id === a.programId) && (!programId || a.programId === programId))
    .map((a) => {
      const program = find(c.st.programs, a.programId, 'Program')
      const info = c.st.payoutInfo.get(a.userId)
      const owed = unpaid(c.st, a.id, a.programId)
      const pendingAmount = owed.reduce((s, x) => s + x.commission, 0)
      return {
        affiliateId: a.id,
        email: a.email,
        name: a.name,
        code: a.code,
        programId: program.id,
        programName: program.name,
        payoutMethod: info?.payoutMethod ?? null,
        paypalEmail: info?.paypalEmail ?? null,
        bankIban: info?.bankIban ? `****${info.bankIban.slice(-4)}` : null,
        pendingAmount,
        currency: program.currency,
        threshold: program.payoutThreshold,
        meetsThreshold: pendingAmount >= program.payoutThreshold,
        commissionCount: owed.length,
        hasPayoutMethod: Boolean(info?.payoutMethod),
      }
    })
    .filter((p) => p.pendingAmount > 0)
    .sort((a, b) => b.pendingAmount - a.pendingAmount)
}

export const moneyRoutes: RefRoute[] = [
  route('GET', '/conversions', MERCHANT, 'conversions:read', (c) => listed(c, c.st.conversions, CONVERSION_STATUSES)),
  route('GET', '/conversions/stats', MERCHANT, 'conversions:read', (c) => {
    const xs = [...c.st.conversions.values()].filter(scoped(c))
    const live = xs.filter((x) => x.status !== 'rejected' && x.status !== 'refunded')
    return ok({ total: xs.length, pending: xs.filter((x) => x.status === 'pending').length, approved: xs.filter((x) => x.status === 'approved').length, totalRevenue: live.reduce((s, x) => s + x.amount, 0), totalCommissions: live.reduce((s, x) => s + x.commission, 0) })
  }),
  route('GET', '/conversions/recent', MERCHANT, 'conversions:read', (c) => {
    const limit = qInt(c.query, 'limit', 1, 100) ?? 10
    return ok(ownPage(c, c.st.conversions, undefined, undefined, new URLSearchParams({ limit: `${limit}` })).data)
  }),

  route('GET', '/payouts', MERCHANT, 'payouts:read', (c) => listed(c, c.st.payouts, PAYOUT_STATUSES)),
  route('GET', '/payouts/pending', MERCHANT, 'payouts:read', (c) => page(pendingAffiliates(c, qString(c.query, 'programId')), c.query)),
  route('GET', '/payouts/stats', MERCHANT, 'payouts:read', (c) => {
    const xs = [...c.st.payouts.values()].filter(scoped(c))
    const sum = (ps: Payout[]) => ps.reduce((s, p) => s + p.amount, 0)
    return ok({ totalPaid: sum(xs.filter((p) => p.status === 'completed')), totalPending: sum(xs.filter((p) => p.status === 'pending' || p.status === 'processing')), count: xs.length })
  }),
  route('POST', '/payouts', MERCHANT, 'payouts:write', (c) => {
    validate(c.body, { affiliateId: req('string'), programId: req('string'), method: req(PAYOUT_METHODS), notes: opt('string', { nullable: true }) })
    const program = merchantPrograms(c.st).find((p) => p.id === c.body.programId)
    if (!program) notFound('Program', c.body.programId as string)
    const affiliate = find(c.st.affiliates, c.body.affiliateId as string, 'Affiliate')
    if (affiliate.programId !== program.id) notFound('Affiliate in this program', affiliate.id)
    if (unpaid(c.st, affiliate.id, program.id).length === 0) fail(409, 'CONFLICT', `Affiliate ${affiliate.id} has no unpaid commissions in program ${program.id}`)
    const payout = addPayout(c.st, c.rnd, { affiliateId: affiliate.id, programId: program.id, method: c.body.method as string, notes: (c.body.notes as string | null | undefined) ?? null })
    c.emit('payout.created', program.id, payout)
    return created(payout)
  }),

  route('GET', '/flags', MERCHANT, 'flags:read', (c) => {
    const status = qEnum(c.query, 'status', FLAG_STATUSES)
    const type = qEnum(c.query, 'type', FLAG_TYPES)
    const affiliateId = qString(c.query, 'affiliateId')
    return keysetPage(c.st.flags.sorted, c.query, (f) => (!status || f.status === status) && (!type || f.type === type) && (!affiliateId || f.affiliateId === affiliateId), status || type || affiliateId ? undefined : c.st.flags.size)
  }),
  route('GET', '/flags/stats', MERCHANT, 'flags:read', (c) => {
    const flags = [...c.st.flags.values()]
    const count = (s: string) => flags.filter((f) => f.status === s).length
    return ok({ open: count('open'), reviewed: count('reviewed'), dismissed: count('dismissed'), confirmed: count('confirmed'), total: flags.length })
  }),
  route('POST', '/flags/{id}/resolve', MERCHANT, 'flags:write', (c) => {
    validate(c.body, { status: req(['reviewed', 'dismissed', 'confirmed']), note: opt('string', { nullable: true }), blockAffiliate: opt('boolean') })
    const flag = find(c.st.flags, c.params.id ?? '', 'Flag')
    if (flag.status !== 'open') fail(409, 'CONFLICT', `Flag ${flag.id} is already resolved (${flag.status})`)
    Object.assign(flag, { status: c.body.status, note: (c.body.note as string | null | undefined) ?? null, resolvedAt: iso(Date.now()) })
    const affiliate = c.st.affiliates.get(flag.affiliateId)
    if (c.body.blockAffiliate === true && affiliate) setAffiliateStatus(c, affiliate, 'blocked', `Flag ${flag.id}`)
    c.emit('flag.resolved', affiliate?.programId ?? null, flag)
    return ok(flag)
  }),
]
