// pace(): calls wait for the reset once the server said nothing remains, instead of drawing 429s.
// Against the sandbox over HTTP (a real loopback server that counts requests per key and window),
// with the arrival times it logged; the runtime matrix repeats the core of it on every runtime.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAgentRef, getProgram, listPrograms, pace, RateLimitError, type Pacer } from '../../src/agentref/index.js'
import { createAgentries, listReferralCodes, pace as agentriesPace } from '../../src/agentries/index.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'

const sandboxes: Sandbox[] = []
afterEach(async () => {
  vi.useRealTimers()
  await Promise.all(sandboxes.splice(0).map((sb) => sb.close()))
})

async function sandbox(limits: { agentref?: number; agentries?: number; windowMs: number }): Promise<Sandbox> {
  const sb = await startSandbox({ seed: 3, limits })
  sandboxes.push(sb)
  return sb
}

const arrivals = (sb: Sandbox, provider: string) => sb.requests.filter((r) => r.provider === provider).map((r) => ({ at: Date.parse(r.at), status: r.status }))

describe('pace() against the sandbox over HTTP', () => {
  it('after remaining 0, waiting calls are held until the reset and released together: no 429', async () => {
    const sb = await sandbox({ agentref: 3, windowMs: 1200 })
    const ar = createAgentRef({ apiKey: sb.keys.agentref.merchant, baseUrl: sb.agentrefUrl, maxRetries: 0, rateLimit: pace() })
    const first = await listPrograms(ar, { pageSize: 1 }) // opens the window
    expect(first.data).toHaveLength(1)
    await listPrograms(ar, { pageSize: 1 })
    await listPrograms(ar, { pageSize: 1 }) // the window's last: its response says remaining 0
    const spent = Date.now()
    const held = await Promise.all([1, 2, 3].map(() => listPrograms(ar, { pageSize: 1 })))
    expect(held.every((page) => page.data.length === 1)).toBe(true)
    const log = arrivals(sb, 'agentref')
    expect(log.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200])
    // No request was refused anywhere: the sandbox counted none over its budget.
    expect(sb.rateWindows().agentref.reduce((n, w) => n + w.rejected, 0)).toBe(0)
    const windowEnd = log[0]!.at + 1200
    const later = log.slice(3).map((r) => r.at)
    for (const at of later) expect(at).toBeGreaterThanOrEqual(windowEnd)
    expect(Math.min(...later)).toBeGreaterThan(spent) // they waited, not sent at once
    // Released together: one timer woke all three (the loopback round trips differ by milliseconds).
    expect(Math.max(...later) - Math.min(...later)).toBeLessThan(250)
  })

  it('without pacing the same calls draw 429s (the test above can fail)', async () => {
    const sb = await sandbox({ agentref: 3, windowMs: 1200 })
    const ar = createAgentRef({ apiKey: sb.keys.agentref.merchant, baseUrl: sb.agentrefUrl, maxRetries: 0 })
    for (let i = 0; i < 3; i++) await listPrograms(ar, { pageSize: 1 })
    const results = await Promise.allSettled([1, 2, 3].map(() => listPrograms(ar, { pageSize: 1 })))
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected'])
    expect((results[0] as PromiseRejectedResult).reason).toBeInstanceOf(RateLimitError)
  })

  it('Agentries: calls are paced by its X-RateLimit-Reset, a Unix time measured against the Date header', async () => {
    const sb = await sandbox({ agentries: 3, windowMs: 1200 })
    const ag = createAgentries({ did: sb.keys.agentries.did, privateKey: sb.keys.agentries.privateKey, baseUrl: sb.agentriesUrl, maxRetries: 0, rateLimit: agentriesPace() })
    // The sandbox counts the (anonymous) token mint per address and the calls per agent, as two budgets.
    for (let i = 0; i < 3; i++) await listReferralCodes(ag) // mint, then the agent's 3 of 3: remaining 0
    await Promise.all([listReferralCodes(ag), listReferralCodes(ag)])
    const log = arrivals(sb, 'agentries')
    expect(log.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200])
    expect(sb.rateWindows().agentries.reduce((n, w) => n + w.rejected, 0)).toBe(0)
    for (const r of log.slice(4)) expect(r.at).toBeGreaterThanOrEqual(log[1]!.at + 1200)
  })

  it("a wait longer than maxRetryAfter fails at once with a RateLimitError and sends nothing; the caller's signal ends a wait", async () => {
    const sb = await sandbox({ agentref: 1, windowMs: 30_000 })
    const limiter: Pacer = pace()
    const ar = createAgentRef({ apiKey: sb.keys.agentref.merchant, baseUrl: sb.agentrefUrl, maxRetries: 0, maxRetryAfter: 5_000, rateLimit: limiter })
    await listPrograms(ar, { pageSize: 1 })
    expect(limiter.resumesAt).toBeGreaterThan(Date.now() + 20_000)
    const started = Date.now()
    const error = await getProgram(ar, 'prg_1').catch((e: unknown) => e)
    expect(Date.now() - started).toBeLessThan(500)
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error).toMatchObject({ status: 429, code: 'RATE_LIMIT_PACED', provider: 'agentref' })
    expect((error as RateLimitError).retryAfter).toBeGreaterThan(20)
    expect(arrivals(sb, 'agentref')).toHaveLength(1)

    // A client that accepts the wait: the caller's signal ends it, with its reason, nothing sent.
    const patient = createAgentRef({ apiKey: sb.keys.agentref.merchant, baseUrl: sb.agentrefUrl, maxRetries: 0, rateLimit: limiter })
    const controller = new AbortController()
    const waiting = getProgram(patient, 'prg_1', { signal: controller.signal })
    setTimeout(() => controller.abort(new Error('user left')), 50)
    await expect(waiting).rejects.toThrow('user left')
    expect(arrivals(sb, 'agentref')).toHaveLength(1)
  })
})

describe('pace() on its own', () => {
  const headers = (fields: Record<string, string>) => new Headers(fields)
  const event = (fields: Record<string, string>) => ({ headers: headers(fields) }) as never

  it('holds after remaining 0 or a Retry-After, never moves the reset earlier, and leaves no timer once nobody waits', async () => {
    vi.useFakeTimers({ now: 1_000_000 })
    const limiter = pace()
    limiter.onResponse!(event({ 'x-ratelimit-remaining': '4', 'x-ratelimit-reset': '30' }))
    expect(limiter.resumesAt).toBe(0) // something remains: no hold
    limiter.onResponse!(event({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2' }))
    expect(limiter.resumesAt).toBe(1_002_000)
    limiter.onResponse!(event({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' }))
    expect(limiter.resumesAt).toBe(1_002_000) // an earlier reset from a late response moves nothing
    limiter.onResponse!(event({ 'retry-after': '5' }))
    expect(limiter.resumesAt).toBe(1_005_000)
    limiter.onResponse!({ headers: undefined } as never) // an attempt with no response: nothing learnt

    const controller = new AbortController()
    const order: string[] = []
    const a = limiter.take(undefined, controller.signal).then(() => order.push('a'))
    const b = limiter.take(undefined).then(() => order.push('b'))
    expect(vi.getTimerCount()).toBe(1) // one timer for all waiters
    controller.abort(new Error('gone'))
    await expect(a).rejects.toThrow('gone')
    expect(vi.getTimerCount()).toBe(1) // b still waits
    await vi.advanceTimersByTimeAsync(4_999)
    expect(order).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    await b
    expect(order).toEqual(['b'])
    expect(vi.getTimerCount()).toBe(0)

    // Everyone gone before the reset: the timer goes with them.
    limiter.onResponse!(event({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '10' }))
    const c = new AbortController()
    const gone = limiter.take('read', c.signal)
    expect(vi.getTimerCount()).toBe(1)
    c.abort(new Error('bye'))
    await expect(gone).rejects.toThrow('bye')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('a waiter whose reset moves later while it waits waits again', async () => {
    vi.useFakeTimers({ now: 0 })
    const limiter = pace()
    limiter.onResponse!(event({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1' }))
    let done = false
    const waiting = limiter.take(undefined).then(() => (done = true))
    await vi.advanceTimersByTimeAsync(500)
    limiter.onResponse!(event({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2' })) // now until 2 500
    await vi.advanceTimersByTimeAsync(1_000)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1_000)
    await waiting
    expect(done).toBe(true)
  })
})

describe('the rateLimit option', () => {
  it('is checked when the client is made', () => {
    expect(() => createAgentRef({ apiKey: 'ak_live_x', rateLimit: {} as never })).toThrow('rateLimit must be an object with take()')
    expect(() => createAgentries({ token: 'jwt.x.y', rateLimit: 5 as never })).toThrow('rateLimit must be an object with take()')
    expect(createAgentRef({ apiKey: 'ak_live_x' }).rateLimiter).toBeUndefined()
  })

  it("your own object: take before anything is sent (bucket undefined: AgentRef counts requests alike), then onResponse with the response's headers", async () => {
    const seen: string[] = []
    const fetch = async () => (seen.push('sent'), new Response('{"data":{"id":"prg_1"}}', { headers: { 'x-ratelimit-remaining': '7' } }))
    const ar = createAgentRef({
      apiKey: 'ak_live_own',
      fetch,
      rateLimit: {
        take: async (bucket, _signal, client) => void seen.push(`take ${bucket} ${client?.provider}`),
        onResponse: (e) => void seen.push(`remaining ${e.headers?.get('x-ratelimit-remaining')}`),
      },
    })
    await getProgram(ar, 'prg_1')
    expect(seen).toEqual(['take undefined agentref', 'sent', 'remaining 7'])
  })

  it('a take that throws synchronously rejects the call; an onResponse that throws changes nothing', async () => {
    let sent = 0
    const fetch = async () => (sent++, new Response('{"data":{}}'))
    const refusal = new Error('no')
    const refused = createAgentRef({ apiKey: 'ak_live_x', fetch, rateLimit: { take: () => { throw refusal } } })
    await expect(getProgram(refused, 'p')).rejects.toBe(refusal)
    expect(sent).toBe(0)
    const reported: unknown[] = []
    const original = globalThis.reportError
    globalThis.reportError = (e: unknown) => void reported.push(e)
    try {
      const noisy = createAgentRef({ apiKey: 'ak_live_x', fetch, rateLimit: { take: async () => {}, onResponse: () => { throw new Error('observer broke') } } })
      await expect(getProgram(noisy, 'p')).resolves.toEqual({})
    } finally {
      globalThis.reportError = original
    }
    expect(reported).toHaveLength(1)
  })
})
