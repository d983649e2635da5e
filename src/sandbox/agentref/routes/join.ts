import { qEnum, qNumber, qString } from '../../shared/query.ts'
import { opt } from '../../shared/validate.ts'
import { AFFILIATE, type RefCtx, type RefRoute, conflict, created, find, notFound, ok, page, route, validate } from '../context.ts'
import { inviteView } from '../invite-view.ts'
import { affiliateOf, iso, joinProgram } from '../ops.ts'
import type { AffiliateUser, Application, Invite, Program } from '../types.ts'
import { approve } from './affiliates.ts'

const INVITE_KEYS = ['merchant', 'affiliate'] as const

function liveInvite(c: RefCtx): Invite {
  const invite = find(c.st.invites, c.params.token ?? '', 'Invite')
  if (Date.parse(invite.expiresAt) < Date.now()) notFound('Invite (expired)', invite.token)
  return invite
}

const publicPrograms = (c: RefCtx) => [...c.st.programs.values()].filter((p) => !p._deleted && p.status === 'active' && p.marketplaceStatus === 'public')

function marketplaceView(c: RefCtx, p: Program) {
  return {
    id: p.id,
    programId: p.id,
    name: p.name,
    description: p.marketplaceDescription ?? p.description,
    category: p.marketplaceCategory,
    logoUrl: p.marketplaceLogoUrl,
    website: p.website,
    commissionType: p.commissionType,
    commissionPercent: p.commissionPercent,
    cookieDuration: p.cookieDuration,
    currency: p.currency,
    epc: p._epc,
    conversionRate: p._conversionRate,
    applicationAccess: p.applicationAccess,
    autoApproveAffiliates: p.autoApproveAffiliates,
    joined: affiliateOf(c.st, c.st.me.id, p.id) !== undefined,
    createdAt: p.createdAt,
  }
}

/** Files an application for the sandbox affiliate (approved at once when the program auto-approves). */
function apply(c: RefCtx, user: AffiliateUser, program: Program, source: Application['source'], message: string | null): Application {
  const now = iso(Date.now())
  const app: Application = { id: c.rnd.id('app'), programId: program.id, userId: user.id, email: user.email, name: user.name, status: 'pending', source, message, note: null, affiliateId: null, createdAt: now, updatedAt: now }
  c.st.applications.set(app.id, app)
  return program.autoApproveAffiliates ? approve(c, app, 'Auto-approved') : app
}

export const joinRoutes: RefRoute[] = [
  route('GET', '/invites/{token}', INVITE_KEYS, 'invites:claim', (c) => {
    const invite = liveInvite(c)
    const program = find(c.st.programs, invite.programId, 'Program')
    return ok({ ...inviteView(invite), programName: program.name, companyName: program.merchantId === c.st.merchant.id ? c.st.merchant.companyName : null })
  }),
  route('POST', '/invites/{token}/claim', INVITE_KEYS, 'invites:claim', (c) => {
    const invite = liveInvite(c)
    if (invite.usageLimit !== null && invite.usedCount >= invite.usageLimit) conflict('This invite has reached its usage limit')
    const program = find(c.st.programs, invite.programId, 'Program')
    let user = c.st.me
    if (c.key.type !== 'affiliate') {
      const email = invite.email ?? `invitee-${c.rnd.hex(6)}@partners.test`
      user = { id: c.rnd.id('usr'), profileId: c.rnd.id('afp'), email, name: invite.name ?? email.split('@')[0] ?? 'Invitee' }
      c.st.users.set(user.id, user)
    }
    if (affiliateOf(c.st, user.id, program.id)) conflict(`Already an affiliate of program ${program.id}`)
    invite.usedCount++
    const affiliate = joinProgram(c.st, c.rnd, user, program, 'invite')
    c.emit('affiliate.joined', program.id, affiliate)
    return created({ claimed: true, token: invite.token, programId: program.id, affiliateId: affiliate.id, code: affiliate.code, skipOnboarding: invite.skipOnboarding })
  }),
  route('GET', '/marketplace/programs', AFFILIATE, 'marketplace:read', (c) => {
    const category = qString(c.query, 'category')
    const minCommission = qNumber(c.query, 'minCommission') ?? 0
    const minEpc = qNumber(c.query, 'minEpc') ?? 0
    const sort = qEnum(c.query, 'sort', ['epc', 'conversionRate', 'commission', 'newest'] as const) ?? 'newest'
    const key = { epc: 'epc', conversionRate: 'conversionRate', commission: 'commissionPercent', newest: 'createdAt' } as const
    const items = publicPrograms(c)
      .map((p) => marketplaceView(c, p))
      .filter((p) => (!category || p.category === category) && p.commissionPercent >= minCommission && p.epc >= minEpc)
      .sort((a, b) => (a[key[sort]] < b[key[sort]] ? 1 : a[key[sort]] > b[key[sort]] ? -1 : 0))
    return page(items, c.query)
  }),
  route('POST', '/marketplace/apply/{programId}', AFFILIATE, 'marketplace:apply', (c) => {
    validate(c.body, { message: opt('string', { nullable: true }) })
    const program = publicPrograms(c).find((p) => p.id === c.params.programId)
    if (!program) notFound('Marketplace program', c.params.programId ?? '')
    if (program.applicationAccess === 'invite_only') conflict('This program only accepts affiliates by invite')
    if (affiliateOf(c.st, c.st.me.id, program.id)) conflict(`Already an affiliate of program ${program.id}`)
    if ([...c.st.applications.values()].some((a) => a.programId === program.id && a.userId === c.st.me.id && a.status === 'pending')) conflict('An application for this program is already pending')
    const app = apply(c, c.st.me, program, 'api', (c.body.message as string | null | undefined) ?? null)
    return created({ applicationId: app.id, programId: program.id, status: app.status, affiliateId: app.affiliateId, createdAt: app.createdAt })
  }),
]
