import { afterEach, describe, expect, it } from 'vitest'
import { type Sandbox, parseFaultSpec, startSandbox } from '../../src/sandbox/index.js'
import { action, call, ref } from './helpers.js'

const open: Sandbox[] = []
async function start(...args: Parameters<typeof startSandbox>) {
  const sb = await startSandbox(...args)
  open.push(sb)
  return sb
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((sb) => sb.close()))
})

const programsStatuses = async (sb: Sandbox, n: number) => {
  const out: number[] = []
  for (let i = 0; i < n; i++) out.push((await ref(sb.agentrefUrl, sb.keys.agentref.merchant, 'GET', '/programs')).status)
  return out
}

describe('fault injection', () => {
  it('is reproducible: same seed and spec → same sequence; setFaults restarts it', async () => {
    const spec = [{ route: 'GET /programs', status: 503, rate: 0.5 }]
    const a = await start({ seed: 42, faults: spec })
    const b = await start({ seed: 42, faults: spec })
    const c = await start({ seed: 43, faults: spec })
    const seqA = await programsStatuses(a, 30)
    expect(seqA).toContain(200)
    expect(seqA).toContain(503)
    expect(await programsStatuses(b, 30)).toEqual(seqA)
    expect(await programsStatuses(c, 30)).not.toEqual(seqA)
    a.setFaults(spec)
    expect(await programsStatuses(a, 30)).toEqual(seqA)
    a.setFaults([])
    expect(new Set(await programsStatuses(a, 5))).toEqual(new Set([200]))
  })

  it('answers a status fault in each provider’s error shape, with Retry-After when asked', async () => {
    const sb = await start({ faults: [{ route: 'GET /merchant', status: 503, times: 2 }, { route: 'agent.track_click', status: 429, retryAfter: 7 }, { route: /referrals\/stats$/, status: 500 }] })
    const first = await ref(sb.agentrefUrl, sb.keys.agentref.merchant, 'GET', '/merchant')
    expect(first.status).toBe(503)
    expect(first.body).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' }, meta: { requestId: expect.any(String) } })
    expect((await ref(sb.agentrefUrl, sb.keys.agentref.merchant, 'GET', '/merchant')).status).toBe(503)
    expect((await ref(sb.agentrefUrl, sb.keys.agentref.merchant, 'GET', '/merchant')).status).toBe(200)
    const click = await action(sb.agentclickUrl, sb.keys.agentclick.agent, 'agent.track_click', { partnership_id: 1 })
    expect(click.status).toBe(429)
    expect(click.headers.get('retry-after')).toBe('7')
    expect(click.body).toEqual({ success: false, message: expect.any(String) })
    const stats = await call(`${sb.agentriesUrl}/api/referrals/stats`)
    expect(stats.status).toBe(500)
    expect(stats.body).toEqual({ error: expect.any(String), details: expect.any(String) })
  })

  it('adds latency', async () => {
    const sb = await start({ faults: [{ route: 'GET /api/referrals/stats', latency: 150 }] })
    const t0 = Date.now()
    const res = await call(`${sb.agentriesUrl}/api/referrals/stats`)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140)
    expect(res.status).toBe(401)
  })

  it('drop-before: the connection dies and nothing changes', async () => {
    const sb = await start({ faults: 'POST /programs:drop-before:1' })
    const before = sb.counts().agentref.programs
    const body = { name: 'Dropped', commissionType: 'one_time', commissionPercent: 5 }
    await expect(ref(sb.agentrefUrl, sb.keys.agentref.merchant, 'POST', '/programs', body)).rejects.toThrow()
    expect(sb.counts().agentref.programs).toBe(before)
    expect((await ref(sb.agentrefUrl, sb.keys.agentref.merchant, 'POST', '/programs', body)).status).toBe(201)
    expect(sb.counts().agentref.programs).toBe(before + 1)
  })

  it('drop-after: the payout is created once; the retry with the same key replays it', async () => {
    const sb = await start({ faults: 'POST /payouts:drop-after:1' })
    const M = sb.keys.agentref.merchant
    const target = (await ref(sb.agentrefUrl, M, 'GET', '/payouts/pending')).body.data[0]
    const before = sb.counts().agentref.payouts
    const body = { affiliateId: target.affiliateId, programId: target.programId, method: 'paypal' }
    const key = { 'idempotency-key': 'demo-payout-1' }
    await expect(ref(sb.agentrefUrl, M, 'POST', '/payouts', body, key)).rejects.toThrow()
    expect(sb.counts().agentref.payouts).toBe(before + 1)
    const retry = await ref(sb.agentrefUrl, M, 'POST', '/payouts', body, key)
    expect(retry.status).toBe(201)
    expect(retry.headers.get('idempotent-replayed')).toBe('true')
    expect(sb.counts().agentref.payouts).toBe(before + 1)
    expect(retry.body.data.id).toBe([...sb.state.agentref.payouts.values()].at(-1)!.id)
    const log = sb.requests.filter((r) => r.url.endsWith('/payouts'))
    expect(log.map((r) => r.status)).toEqual([null, 201])
    expect(log[0]!.faults).toEqual([0])
  })

  it('parses the CLI syntax', () => {
    expect(parseFaultSpec('POST /payouts:drop-after:1, GET /programs:503:0.2 ,*:latency=50,agent.track_click:429:retry=5:times=3')).toEqual([
      { route: 'POST /payouts', drop: 'after', times: 1 },
      { route: 'GET /programs', status: 503, rate: 0.2 },
      { latency: 50 },
      { route: 'agent.track_click', status: 429, retryAfter: 5, times: 3 },
    ])
    expect(parseFaultSpec('GET /me:250ms')).toEqual([{ route: 'GET /me', latency: 250 }])
    expect(() => parseFaultSpec('GET /me')).toThrow(/missing effect/)
    expect(() => parseFaultSpec('GET /me:explode')).toThrow(/unknown effect/)
  })

  it('rejects invalid rules', async () => {
    const sb = await start()
    expect(() => sb.setFaults([{ rate: 2 }])).toThrow(TypeError)
  })
})

describe('server', () => {
  it('answers CORS preflights', async () => {
    const sb = await start()
    const res = await fetch(`${sb.agentrefUrl}/payouts`, { method: 'OPTIONS', headers: { origin: 'http://example.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,idempotency-key' } })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-headers')).toContain('idempotency-key')
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH')
    const plain = await fetch(`${sb.agentrefUrl}/payouts`, { method: 'OPTIONS' })
    expect(plain.headers.get('access-control-allow-headers')).toMatch(/authorization.*content-type.*idempotency-key/)
    const get = await fetch(`${sb.agentrefUrl}/me`)
    expect(get.headers.get('access-control-expose-headers')).toContain('x-ratelimit-remaining')
  })

  it('serves an index and 404s outside the three APIs; logs one line per request when asked', async () => {
    const lines: string[] = []
    const sb = await start({ log: (l) => lines.push(l) })
    const index = await call(sb.url)
    expect(index.body).toMatchObject({ agentrefUrl: sb.agentrefUrl, agentclickUrl: sb.agentclickUrl, agentriesUrl: sb.agentriesUrl })
    expect((await call(`${sb.url}/elsewhere`)).status).toBe(404)
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatch(/GET \/elsewhere → 404/)
  })
})
