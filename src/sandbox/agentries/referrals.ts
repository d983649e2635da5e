import { qInt } from '../shared/query.ts'
import { opt } from '../shared/validate.ts'
import { type Deps, type Route, fail, isActive, validate } from './context.ts'
import { type ReferralCode, newCode } from './state.ts'

/** The six Referrals API endpoints. */
export function referralRoutes({ st, rnd, codeQuota }: Deps): Route[] {
  return [
    {
      method: 'GET',
      path: '/api/agents/{did}/referrals',
      jwt: false,
      handler: ({ params }) => {
        const did = params.did?.trim() ?? ''
        if (did === '') fail(400, 'Invalid request', 'DID parameter missing')
        if (!st.agents.has(did)) fail(404, 'Agent not found', `No agent with DID ${did}`)
        const mine = st.referrals.filter((r) => r.referrer === did)
        return { body: { active_referrals: mine.filter((r) => r.status === 'active').length, total_referrals: mine.length } }
      },
    },
    {
      method: 'GET',
      path: '/api/referrals/code',
      jwt: true,
      handler: ({ did }) => ({
        body: {
          codes: [...st.codes.values()]
            .filter((c) => c.owner === did)
            .sort((a, b) => b.created_at - a.created_at)
            .map((c) => ({ code: c.code, created_at: c.created_at, max_uses: c.max_uses, uses: c.uses, active: isActive(c), expires_at: c.expires_at })),
        },
      }),
    },
    {
      method: 'POST',
      path: '/api/referrals/code',
      jwt: true,
      handler: ({ did, body }) => {
        validate(body, { max_uses: opt('integer', { min: 0 }), expires_at: opt('integer', { nullable: true }) })
        const expires = (body.expires_at as number | null | undefined) ?? null
        if (expires !== null && expires <= Date.now()) fail(400, 'Invalid request', 'expires_at must be in the future (Unix ms)')
        const active = [...st.codes.values()].filter((c) => c.owner === did && isActive(c)).length
        if (active >= codeQuota) fail(429, 'Too many codes created', `At most ${codeQuota} active codes per agent; disable one to create another`)
        const code: ReferralCode = { code: newCode(rnd), owner: did, created_at: Date.now(), max_uses: (body.max_uses as number | undefined) ?? 0, uses: 0, active: true, expires_at: expires }
        st.codes.set(code.code, code)
        return { status: 201, body: { code: code.code, created_at: code.created_at, max_uses: code.max_uses } }
      },
    },
    {
      method: 'DELETE',
      path: '/api/referrals/code/{code}',
      jwt: true,
      handler: ({ did, params }) => {
        const code = st.codes.get(params.code ?? '')
        if (!code) fail(404, 'Code not found', `No referral code ${params.code ?? ''}`)
        if (code.owner !== did) fail(403, 'Forbidden', 'You do not own this referral code')
        code.active = false
        return { body: { code: code.code, active: false, message: 'Referral code disabled' } }
      },
    },
    {
      method: 'GET',
      path: '/api/referrals/my',
      jwt: true,
      handler: ({ did, req: r }) => {
        const limit = Math.min(qInt(r.query, 'limit', 1) ?? 50, 100)
        const offset = qInt(r.query, 'offset', 0) ?? 0
        const mine = st.referrals.filter((x) => x.referrer === did).sort((a, b) => b.created_at - a.created_at)
        const referrals = mine.slice(offset, offset + limit).map((x) => ({ did: x.referee, name: st.agents.get(x.referee)?.name ?? null, code: x.code, status: x.status, created_at: x.created_at }))
        return { body: { limit, offset, referrals, total: mine.length } }
      },
    },
    {
      method: 'GET',
      path: '/api/referrals/stats',
      jwt: true,
      handler: ({ did }) => {
        const mine = st.referrals.filter((x) => x.referrer === did)
        const codes = [...st.codes.values()].filter((c) => c.owner === did)
        const active = mine.filter((x) => x.status === 'active').length
        return { body: { active_referrals: active, codes_active: codes.filter((c) => isActive(c)).length, codes_created: codes.length, pending_referrals: mine.length - active, referral_bonus_points: active * 100, total_referrals: mine.length } }
      },
    },
  ]
}
