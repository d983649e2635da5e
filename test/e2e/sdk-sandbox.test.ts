// The SDK against the sandbox (a real HTTP server emulating all three APIs), including under
// injected faults: nothing is recorded twice, and every failure is a typed error.
import { afterEach, describe, expect, test } from 'vitest'
import * as ac from '../../src/agentclick/index.js'
import * as ag from '../../src/agentries/index.js'
import * as ar from '../../src/agentref/index.js'
import { isAffiliateError } from '../../src/index.js'
import { startSandbox } from '../../src/sandbox/index.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sb: Sandbox | undefined
afterEach(async () => {
  await sb?.close()
  sb = undefined
})
const start = async (options: Parameters<typeof startSandbox>[0] = {}) => (sb = await startSandbox({ seed: 3, ...options }))
const merchantOf = (s: Sandbox, extra: object = {}) => ar.createAgentRef({ apiKey: s.keys.agentref.merchant, baseUrl: s.agentrefUrl, ...extra })
const agentOf = (s: Sandbox, extra: object = {}) => ac.createAgentClick({ apiKey: s.keys.agentclick.agent, baseUrl: s.agentclickUrl, ...extra })

async function payee(s: Sandbox) {
  const { data } = await ar.listPendingAffiliates(merchantOf(s))
  const owed = data.find((a) => a.meetsThreshold) ?? data[0]
  if (!owed) throw new Error('seed has no pending affiliate')
  return owed
}

describe('AgentRef against the sandbox', () => {
  test('a payout whose answer is lost is retried with the same key and recorded once', async () => {
    const s = await start({ faults: 'POST /payouts:drop-after:1' })
    const owed = await payee(s)
    const before = s.counts().agentref.payouts
    const payout = await ar.createPayout(merchantOf(s), { affiliateId: owed.affiliateId, programId: owed.programId, method: 'paypal' })
    expect(s.counts().agentref.payouts - before).toBe(1)
    const sent = s.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/payouts'))
    expect(sent.map((r) => r.status)).toEqual([null, 201])
    expect(payout).toMatchObject({ affiliateId: owed.affiliateId })
  })

  test('without retries the lost answer is a ConnectionError, and a later call with the same key replays', async () => {
    const s = await start({ faults: 'POST /payouts:drop-after:1' })
    const owed = await payee(s)
    const params = { affiliateId: owed.affiliateId, programId: owed.programId, method: 'paypal' as const }
    const error = await ar.createPayout(merchantOf(s), params, { idempotencyKey: 'pay-1', maxRetries: 0 }).catch((e) => e)
    expect(error).toBeInstanceOf(ar.ConnectionError)
    const again = await ar.createPayout(merchantOf(s), params, { idempotencyKey: 'pay-1' })
    const replayed = s.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/payouts'))
    expect(replayed.map((r) => r.status)).toEqual([null, 201])
    const payouts = [...(s.state.agentref.payouts.values() as Iterable<{ id: string }>)]
    expect(payouts.filter((p) => p.id === (again as { id: string }).id)).toHaveLength(1)
    expect(again).toMatchObject({ affiliateId: owed.affiliateId })
  })

  test('the same key with a different body is a ConflictError IDEMPOTENCY_KEY_REUSED', async () => {
    const s = await start()
    const client = merchantOf(s)
    await ar.createProgram(client, { name: 'One', commissionType: 'one_time', commissionPercent: 10 }, { idempotencyKey: 'k-1' })
    const error = await ar.createProgram(client, { name: 'Two', commissionType: 'one_time', commissionPercent: 10 }, { idempotencyKey: 'k-1' }).catch((e) => e)
    expect(error).toBeInstanceOf(ar.ConflictError)
    expect(error.code).toBe('IDEMPOTENCY_KEY_REUSED')
  })

  test('documented statuses arrive as their classes', async () => {
    const s = await start()
    const wrong = ar.createAgentRef({ apiKey: 'ak_live_nope', baseUrl: s.agentrefUrl })
    expect(await ar.listPrograms(wrong).catch((e) => e)).toBeInstanceOf(ar.AuthError)
    const affiliate = ar.createAgentRef({ apiKey: s.keys.agentref.affiliate, baseUrl: s.agentrefUrl })
    expect(await ar.listPrograms(affiliate).catch((e) => e)).toBeInstanceOf(ar.ForbiddenError)
    expect(await ar.getProgram(merchantOf(s), 'prg_missing').catch((e) => e)).toBeInstanceOf(ar.NotFoundError)
    const invalid = await ar.createProgram(merchantOf(s), { name: 'x', commissionType: 'weekly' as never, commissionPercent: 5 }).catch((e) => e)
    expect(invalid).toBeInstanceOf(ar.ValidationError)
    expect(invalid.requestId).toMatch(/^req_/)
  })

  test('paginate walks every conversion exactly once', async () => {
    const s = await start()
    const client = merchantOf(s)
    const { meta } = await ar.listConversions(client, { pageSize: 1 })
    const ids: string[] = []
    for await (const c of ar.paginate(ar.listConversions, client, { pageSize: 7 })) ids.push(c.id)
    expect(ids.length).toBe(meta.total)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('under seeded faults every failure is typed and no payout is recorded twice', async () => {
    const s = await start({
      faults: [
        { route: 'POST /payouts', rate: 0.4, drop: 'after' },
        { route: 'GET /programs', rate: 0.3, status: 503 },
        { route: 'GET /conversions', rate: 0.3, status: 429, retryAfter: 0 },
        { route: '*', rate: 0.2, latency: 5 },
      ],
    })
    const client = merchantOf(s, { maxRetries: 1 })
    const { data: owed } = await ar.listPendingAffiliates(merchantOf(s))
    const failures: unknown[] = []
    const keys = new Map<string, string>()
    for (const [i, a] of owed.slice(0, 6).entries()) {
      const key = `fault-pay-${i}`
      keys.set(key, a.affiliateId)
      await ar.createPayout(client, { affiliateId: a.affiliateId, programId: a.programId, method: 'bank_transfer' }, { idempotencyKey: key }).catch((e) => failures.push(e))
    }
    for (let i = 0; i < 10; i++) {
      await ar.listPrograms(client).catch((e) => failures.push(e))
      await ar.listConversions(client, { pageSize: 5 }).catch((e) => failures.push(e))
    }
    for (const failure of failures) expect(isAffiliateError(failure), String(failure)).toBe(true)
    // Each idempotency key produced at most one payout, whatever the faults did: per affiliate,
    // at most one payout more than the seed had.
    const perAffiliate = (sandbox: Sandbox) => {
      const counts = new Map<string, number>()
      for (const p of sandbox.state.agentref.payouts.values() as Iterable<{ affiliateId: string }>) counts.set(p.affiliateId, (counts.get(p.affiliateId) ?? 0) + 1)
      return counts
    }
    const fresh = await startSandbox({ seed: 3 })
    const seeded = perAffiliate(fresh)
    await fresh.close()
    const now = perAffiliate(s)
    for (const affiliate of keys.values()) expect((now.get(affiliate) ?? 0) - (seeded.get(affiliate) ?? 0)).toBeLessThanOrEqual(1)
    // The faults really fired: some payout answers were lost, and some calls failed for good.
    expect(s.requests.some((r) => r.method === 'POST' && r.url.endsWith('/payouts') && r.status === null)).toBe(true)
    expect(failures.length).toBeGreaterThan(0)
  })
})

describe('AgentClick against the sandbox', () => {
  async function approvedPartnership(s: Sandbox) {
    const { partnerships } = await ac.listPartnerships(agentOf(s), { status: 'approved' })
    const p = partnerships[0] as { partnership_id?: number; id?: number; tracking_code: string }
    return { id: (p.partnership_id ?? p.id)!, code: p.tracking_code }
  }

  test('a conversion whose answer is lost is recorded once; the retry surfaces as ConflictError', async () => {
    const s = await start({ faults: [{ route: 'agent.record_conversion', times: 1, drop: 'after' }] })
    const { code } = await approvedPartnership(s)
    const before = s.counts().agentclick.conversions
    const error = await ac.recordConversion(agentOf(s), { tracking_code: code, order_id: 'o-77', amount: 1000 }).catch((e) => e)
    expect(error).toBeInstanceOf(ac.ConflictError)
    expect(s.counts().agentclick.conversions - before).toBe(1)
  })

  test('trackClick is never retried: a lost answer is a ConnectionError and one click', async () => {
    const s = await start({ faults: [{ route: 'agent.track_click', times: 1, drop: 'after' }] })
    const { id } = await approvedPartnership(s)
    const before = s.counts().agentclick.clicks
    expect(await ac.trackClick(agentOf(s), { partnership_id: id }).catch((e) => e)).toBeInstanceOf(ac.ConnectionError)
    expect(s.counts().agentclick.clicks - before).toBe(1)
  })

  test('role, unknown action and write limit are typed errors', async () => {
    const s = await start({ limits: { agentclickWrite: 2 } })
    const advertiser = ac.createAgentClick({ apiKey: s.keys.agentclick.advertiser, baseUrl: s.agentclickUrl })
    expect(await ac.searchPrograms(advertiser, {}).catch((e) => e)).toBeInstanceOf(ac.ForbiddenError)
    expect(await ac.callAction(agentOf(s), 'agent.nope').catch((e) => e)).toBeInstanceOf(ac.ValidationError)
    const { id } = await approvedPartnership(s)
    await ac.trackClick(agentOf(s), { partnership_id: id })
    await ac.trackClick(agentOf(s), { partnership_id: id })
    expect(await ac.trackClick(agentOf(s), { partnership_id: id }).catch((e) => e)).toBeInstanceOf(ac.RateLimitError)
  })

  test('client-side rate limiting queues writes instead of drawing 429s', async () => {
    const s = await start()
    const { id } = await approvedPartnership(s)
    const limited = agentOf(s, { rateLimit: true })
    for (let i = 0; i < 30; i++) await ac.trackClick(limited, { partnership_id: id })
    const controller = new AbortController()
    const queued = ac.trackClick(limited, { partnership_id: id }, { signal: controller.signal })
    controller.abort(new Error('not waiting'))
    await expect(queued).rejects.toThrow('not waiting')
    expect(s.requests.filter((r) => r.action === 'agent.track_click').length).toBe(30)
  })
})

describe('Agentries against the sandbox', () => {
  test('mints a token from the seeded key pair and manages codes up to the quota', async () => {
    const s = await start({ agentries: { codeQuota: 4 } })
    const client = ag.createAgentries({ did: s.keys.agentries.did, privateKey: s.keys.agentries.privateKey, baseUrl: s.agentriesUrl })
    const made: string[] = []
    let quota: unknown
    for (let i = 0; i < 6 && !quota; i++) {
      await ag.createReferralCode(client, { max_uses: 3 }).then((c) => made.push(c.code), (e) => (quota = e))
    }
    expect(quota).toBeInstanceOf(ag.RateLimitError)
    const mints = s.requests.filter((r) => r.url.endsWith('/api/auth/token'))
    expect(mints.length).toBe(1)
    await ag.disableReferralCode(client, made[0]!)
    await ag.createReferralCode(client, {})
    expect(await ag.disableReferralCode(client, 'NOPE/../x').catch((e) => e)).toBeInstanceOf(ag.NotFoundError)
    const stats = await ag.getReferralStats(client)
    expect(stats.codes_active).toBeGreaterThan(0)
    const pub = await ag.getAgentReferrals(ag.createAgentries({ baseUrl: s.agentriesUrl }), s.keys.agentries.did)
    expect(pub).toHaveProperty('total_referrals')
  })

  test('an expired token is re-minted once and the call succeeds', async () => {
    // 3 s, not 1: on a loaded machine a minted token must still be valid when its call arrives,
    // or the 401 it draws costs a third mint (a CI run saw it with 1 s).
    const s = await start({ agentries: { tokenTtl: 3 } })
    const client = ag.createAgentries({ did: s.keys.agentries.did, privateKey: s.keys.agentries.privateKey, baseUrl: s.agentriesUrl })
    await ag.getReferralStats(client)
    await new Promise((r) => setTimeout(r, 3_100))
    await ag.getReferralStats(client)
    expect(s.requests.filter((r) => r.url.endsWith('/api/auth/token')).length).toBe(2)
  })
})
