// worker-example past one isolate, in workerd (miniflare) against the sandbox: three copies of
// the Worker (three isolates) share AgentClick's budget through the RateLimiter Durable Object,
// and webhook effects go through a Queue and the WebhookInbox, once per svix-id. The bindings,
// migrations and queues come from worker-example/wrangler.toml; only timings are scaled down.
import { Miniflare } from 'miniflare'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createAgentRef, createPayout, createWebhook, listPendingAffiliates } from '../../src/agentref/index.js'
import { type Sandbox, type FaultSpec, startSandbox } from '../../src/sandbox/index.js'
import { bundle, edges, root, type Edge } from './worker-harness.js'

/** AgentClick's write budget per window, as documented; the window is scaled down for the test. */
const WRITES = 30
const WINDOW_MS = 1500
const MARGIN_MS = 300
const MAX_WAIT_MS = 4000
const ISOLATES = 3

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The most arrivals inside any `windowMs`-long span (a stricter count than the server's fixed windows). */
function busiestSpan(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b)
  let best = 0
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j]! - sorted[i]! >= windowMs) i++
    best = Math.max(best, j - i + 1)
  }
  return best
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!

describe('worker-example at scale (three isolates, workerd, sandbox)', () => {
  let sb: Sandbox
  let mf: Miniflare
  let script: string
  let partnershipId: number
  const vars = (s: Sandbox, webhookSecret = 'whsec_cGxhY2Vob2xkZXI=') => ({
    AGENTCLICK_API_KEY: s.keys.agentclick.agent,
    AGENTCLICK_BASE_URL: s.agentclickUrl,
    AGENTREF_WEBHOOK_SECRET: webhookSecret,
    AGENTRIES_DID: s.keys.agentries.did,
    AGENTRIES_PRIVATE_KEY: s.keys.agentries.privateKey,
    AGENTRIES_BASE_URL: s.agentriesUrl,
    AGENTCLICK_MAX_WAIT_MS: String(MAX_WAIT_MS),
    AGENTCLICK_RATE_WINDOW_MS: String(WINDOW_MS),
    AGENTCLICK_RATE_MARGIN_MS: String(MARGIN_MS),
  })
  const queueTimings = { maxBatchTimeout: 0.1, retryDelay: 0 }

  beforeAll(async () => {
    sb = await startSandbox({ seed: 12, limits: { agentclickWrite: WRITES, windowMs: WINDOW_MS }, webhooks: { retryDelays: [50, 100, 200, 400, 800, 1600] } })
    script = await bundle(path.join(root, 'worker-example/src/index.ts'))
    mf = new Miniflare({ workers: edges(ISOLATES, script, vars(sb), queueTimings) })
    await mf.ready
    const { partnerships } = sb.state.agentclick as unknown as { partnerships: Map<number, { id: number; status: string }> }
    partnershipId = [...partnerships.values()].find((p) => p.status === 'approved')!.id
  }, 60_000)
  afterAll(async () => {
    await mf?.dispose()
    await sb?.close()
  })

  test(`${ISOLATES} isolates × 40 concurrent clicks: never more than ${WRITES} AgentClick writes per window, no 429; past the wait bound a 503 with Retry-After`, async () => {
    const workers = await Promise.all(Array.from({ length: ISOLATES }, (_, i) => mf.getWorker(`edge-${i}`) as Promise<unknown> as Promise<Edge>))
    const responses = await Promise.all(
      Array.from({ length: ISOLATES * 40 }, async (_, n) => {
        const res = await workers[n % ISOLATES]!.fetch(`http://edge/go/${partnershipId}`, { redirect: 'manual' })
        const body = await res.text()
        return { status: res.status, retryAfter: res.headers.get('retry-after'), timing: res.headers.get('server-timing'), body }
      }),
    )
    const redirected = responses.filter((r) => r.status === 302)
    const busy = responses.filter((r) => r.status === 503)
    const clicks = sb.requests.filter((r) => r.action === 'agent.track_click')
    const windows = sb.rateWindows().agentclickWrite
    const waits = redirected.map((r) => Number(/ratelimit-wait;dur=(\d+)/.exec(r.timing ?? '')?.[1]))
    const figures = {
      invocations: responses.length,
      redirected: redirected.length,
      busy503: busy.length,
      writesSeenBySandbox: clicks.length,
      writesPerSandboxWindow: windows.map((w) => w.allowed),
      refusedPerSandboxWindow: windows.map((w) => w.rejected),
      busiestSpanOfWindowLength: busiestSpan(clicks.map((r) => Date.parse(r.at)), WINDOW_MS),
      longestWaitMs: Math.max(...waits),
    }
    console.log('concurrency figures', JSON.stringify(figures))

    expect(redirected.length + busy.length).toBe(responses.length)
    expect(clicks.every((r) => r.status === 200)).toBe(true)
    expect(sb.requests.filter((r) => r.status === 429)).toEqual([])
    expect(windows.every((w) => w.allowed <= WRITES && w.rejected === 0)).toBe(true)
    expect(figures.busiestSpanOfWindowLength).toBeLessThanOrEqual(WRITES)
    // Each redirect is exactly one write; a 503 sent nothing.
    expect(clicks.length).toBe(redirected.length)
    // Callers waited (more than one window's worth got through), within the bound.
    expect(redirected.length).toBeGreaterThan(WRITES)
    expect(figures.longestWaitMs).toBeGreaterThanOrEqual(WINDOW_MS)
    expect(figures.longestWaitMs).toBeLessThanOrEqual(MAX_WAIT_MS + 500)
    // The demand was beyond the bound: the rest got a 503 with Retry-After, never a 429 or a 502.
    expect(busy.length).toBeGreaterThan(0)
    for (const r of busy) expect(Number(r.retryAfter)).toBeGreaterThanOrEqual(1)
  }, 30_000)

  test('the Durable Object round trip per call, measured in workerd (uncontended)', async () => {
    // Let the burst's bookings age out of the limiter's span, so no call waits.
    await sleep(2 * (WINDOW_MS + MARGIN_MS))
    const books: number[] = []
    const waits: number[] = []
    for (let n = 0; n < 25; n++) {
      const worker = (await mf.getWorker(`edge-${n % ISOLATES}`)) as unknown as Edge
      const res = await worker.fetch(`http://edge/go/${partnershipId}`, { redirect: 'manual' })
      await res.text()
      expect(res.status).toBe(302)
      const timing = res.headers.get('server-timing') ?? ''
      books.push(Number(/ratelimit-book;dur=(\d+)/.exec(timing)?.[1]))
      // On a loaded machine an earlier booking can still be in the span: the wait is reported, not asserted.
      waits.push(Number(/ratelimit-wait;dur=(\d+)/.exec(timing)?.[1]))
    }
    const figures = { calls: books.length, medianMs: percentile(books, 50), p90Ms: percentile(books, 90), maxMs: Math.max(...books), callsThatWaited: waits.filter((w) => w > 0).length }
    console.log('durable object round trip', JSON.stringify(figures))
    expect(books.every(Number.isFinite)).toBe(true)
  }, 30_000)
})

test('the problem it solves: the in-memory limiter (rateLimit: true) in each of three isolates draws 429s', async () => {
  const sb = await startSandbox({ seed: 13, limits: { agentclickWrite: WRITES, windowMs: 60_000 } })
  // Each isolate keeps its own buckets, as every isolate of a deployed Worker would.
  const script = await bundle({
    contents: `
      import { createAgentClick, trackClick } from 'affiliate-fetch/agentclick'
      let client
      export default {
        async fetch(request, env) {
          client ??= createAgentClick({ apiKey: env.AGENTCLICK_API_KEY, baseUrl: env.AGENTCLICK_BASE_URL, rateLimit: true })
          const id = Number(new URL(request.url).pathname.slice(1))
          return trackClick(client, { partnership_id: id }).then(() => new Response('ok'), (e) => new Response(e.name, { status: 502 }))
        },
      }`,
  })
  const mf = new Miniflare({
    workers: Array.from({ length: ISOLATES }, (_, i) => ({ name: `naive-${i}`, modules: true, script, compatibilityDate: '2025-01-01', bindings: { AGENTCLICK_API_KEY: sb.keys.agentclick.agent, AGENTCLICK_BASE_URL: sb.agentclickUrl } })),
  })
  try {
    const { partnerships } = sb.state.agentclick as unknown as { partnerships: Map<number, { id: number; status: string }> }
    const id = [...partnerships.values()].find((p) => p.status === 'approved')!.id
    const workers = await Promise.all(Array.from({ length: ISOLATES }, (_, i) => mf.getWorker(`naive-${i}`) as Promise<unknown> as Promise<Edge>))
    // 20 clicks per isolate: each isolate's own bucket (30) lets all of them go at once.
    const bodies = await Promise.all(Array.from({ length: ISOLATES * 20 }, (_, n) => workers[n % ISOLATES]!.fetch(`http://naive/${id}`).then((r) => r.text())))
    const refused = sb.requests.filter((r) => r.status === 429).length
    console.log('in-memory limiter across isolates', JSON.stringify({ invocations: bodies.length, sent: sb.requests.length, upstream429: refused }))
    expect(sb.requests.length).toBe(ISOLATES * 20)
    expect(refused).toBe(ISOLATES * 20 - WRITES)
    expect(bodies.filter((b) => b === 'RateLimitError')).toHaveLength(refused)
  } finally {
    await mf.dispose()
    await sb.close()
  }
}, 30_000)
