// worker-example's Agentries pacing past one isolate, in workerd (miniflare) against the sandbox:
// three copies of the Worker share what Agentries' responses said remains through the
// RateLimiter Durable Object, so once one isolate hears "0 remaining", every isolate's next call
// waits for the reset instead of drawing a 429. Sandbox budget and window are scaled down.
import { Miniflare } from 'miniflare'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js'
import type { RequestLogEntry } from '../../src/sandbox/handler.js'
import { bundle, edges, root, type Edge } from './worker-harness.js'

/** Agentries requests per key per window, scaled down. Each GET /referrals sends two: a token mint (counted per client address) and the list (counted per agent). */
const LIMIT = 3
const WINDOW_MS = 1000
const ISOLATES = 3
/** Three budgets' worth of calls: every key's window is spent more than once. */
const CALLS = 3 * LIMIT

const vars = (s: Sandbox) => ({
  AGENTCLICK_API_KEY: s.keys.agentclick.agent,
  AGENTCLICK_BASE_URL: s.agentclickUrl,
  AGENTREF_WEBHOOK_SECRET: 'whsec_cGxhY2Vob2xkZXI=',
  AGENTRIES_DID: s.keys.agentries.did,
  AGENTRIES_PRIVATE_KEY: s.keys.agentries.privateKey,
  AGENTRIES_BASE_URL: s.agentriesUrl,
  // A hold lasts the window plus the Reset's rounding to whole seconds: well within this.
  AGENTRIES_MAX_WAIT_MS: '8000',
})
const queueTimings = { maxBatchTimeout: 0.1, retryDelay: 0 }

/** One GET /referrals per isolate in turn, each sent once the previous one was answered. */
async function callInTurn(workers: Edge[], calls: number) {
  const done: { isolate: number; status: number; start: number; end: number }[] = []
  for (let n = 0; n < calls; n++) {
    const start = Date.now()
    const res = await workers[n % workers.length]!.fetch('http://edge/referrals')
    await res.text()
    done.push({ isolate: n % workers.length, status: res.status, start, end: Date.now() })
  }
  return done
}

describe(`worker-example paces Agentries across ${ISOLATES} isolates (workerd, sandbox)`, () => {
  let sb: Sandbox
  let mf: Miniflare

  beforeAll(async () => {
    sb = await startSandbox({ seed: 21, limits: { agentries: LIMIT, windowMs: WINDOW_MS } })
    const script = await bundle(path.join(root, 'worker-example/src/index.ts'))
    mf = new Miniflare({ workers: edges(ISOLATES, script, vars(sb), queueTimings) })
    await mf.ready
  }, 60_000)
  afterAll(async () => {
    await mf?.dispose()
    await sb?.close()
  })

  test(`${CALLS} calls in turn on ${ISOLATES} isolates against ${LIMIT} requests per ${WINDOW_MS} ms: no 429, and after "0 remaining" nothing is sent before the reset`, async () => {
    const workers = await Promise.all(Array.from({ length: ISOLATES }, (_, i) => mf.getWorker(`edge-${i}`) as Promise<unknown> as Promise<Edge>))
    const calls = await callInTurn(workers, CALLS)

    const sent = sb.requests.filter((r) => r.provider === 'agentries')
    const windows = sb.rateWindows().agentries
    // Each key's requests in arrival order fill its windows in order (none refused, so each is counted in exactly one).
    const byArrival = (a: RequestLogEntry, b: RequestLogEntry) => Date.parse(a.at) - Date.parse(b.at)
    const isMint = (r: RequestLogEntry) => r.url.endsWith('/api/auth/token')
    const ofKey = { anon: sent.filter(isMint).sort(byArrival), did: sent.filter((r) => !isMint(r)).sort(byArrival) }
    const all = [...sent].sort(byArrival)
    const callOf = (r: RequestLogEntry) => calls.findIndex((c) => Date.parse(r.at) >= c.start && Date.parse(r.at) <= c.end)
    const spent: { key: string; resetAt: number; lastAt: number; nextAt: number | undefined; lastCall: number; nextCall: number | undefined }[] = []
    const taken = { anon: 0, did: 0 }
    for (const w of windows) {
      const kind = w.key.startsWith('anon:') ? 'anon' : 'did'
      const members = ofKey[kind].slice(taken[kind], (taken[kind] += w.allowed))
      if (w.allowed < LIMIT) continue
      // The window's last request was answered "0 remaining": the first Agentries request after it, of either key.
      const last = members[members.length - 1]!
      const next = all[all.indexOf(last) + 1]
      spent.push({ key: kind, resetAt: w.start + WINDOW_MS, lastAt: Date.parse(last.at), nextAt: next && Date.parse(next.at), lastCall: callOf(last), nextCall: next && callOf(next) })
    }
    const figures = {
      calls: calls.length,
      answered200: calls.filter((c) => c.status === 200).length,
      sent: sent.length,
      upstream429: sent.filter((r) => r.status === 429).length,
      allowedPerWindow: windows.map((w) => `${w.key.split(':')[0]}:${w.allowed}`),
      rejectedPerWindow: windows.map((w) => w.rejected),
      // Per spent window: ms from its reset to the next request (never negative), and whether that request was another call's (so another isolate's).
      afterSpent: spent.map((s) => ({ key: s.key, nextAfterResetMs: s.nextAt === undefined ? null : s.nextAt - s.resetAt, otherCall: s.nextCall !== undefined && s.nextCall !== s.lastCall })),
      callMs: calls.map((c) => c.end - c.start),
    }
    console.log('agentries pacing figures', JSON.stringify(figures))

    // Every call answered, with exactly two requests each: nothing refused, nothing retried.
    expect(calls.map((c) => c.status)).toEqual(Array(CALLS).fill(200))
    expect(sent.every((r) => r.status === 200)).toBe(true)
    expect(sent).toHaveLength(2 * CALLS)
    expect(windows.every((w) => w.rejected === 0 && w.allowed <= LIMIT)).toBe(true)
    // The budget was spent, more than once, and each time the next request came after the reset.
    expect(spent.length).toBeGreaterThanOrEqual(2)
    for (const s of spent) if (s.nextAt !== undefined) expect(s.nextAt).toBeGreaterThanOrEqual(s.resetAt)
    // At least once it was another isolate's call that waited: the state is shared, not per isolate.
    const waitedElsewhere = spent.filter((s) => s.nextCall !== undefined && s.nextCall !== s.lastCall && calls[s.nextCall]!.isolate !== calls[s.lastCall]!.isolate)
    expect(waitedElsewhere.length).toBeGreaterThanOrEqual(1)
  }, 30_000)
})

test('the problem it solves: without the shared limiter, the same calls draw 429s', async () => {
  const sb = await startSandbox({ seed: 22, limits: { agentries: LIMIT, windowMs: 60_000 } })
  // As index.ts did before: a client per request, no rateLimit; no retries, so each 429 shows as a 502.
  const script = await bundle({
    contents: `
      import { createAgentries, listReferralCodes } from 'affiliate-fetch/agentries'
      export default {
        fetch(request, env) {
          const ag = createAgentries({ did: env.AGENTRIES_DID, privateKey: env.AGENTRIES_PRIVATE_KEY, baseUrl: env.AGENTRIES_BASE_URL, maxRetries: 0 })
          return listReferralCodes(ag).then((codes) => Response.json(codes), (e) => new Response(e.name, { status: 502 }))
        },
      }`,
  })
  const mf = new Miniflare({
    workers: Array.from({ length: ISOLATES }, (_, i) => ({ name: `bare-${i}`, modules: true, script, compatibilityDate: '2025-01-01', bindings: vars(sb) })),
  })
  try {
    const workers = await Promise.all(Array.from({ length: ISOLATES }, (_, i) => mf.getWorker(`bare-${i}`) as Promise<unknown> as Promise<Edge>))
    const calls = await callInTurn(workers, CALLS)
    const refused = sb.requests.filter((r) => r.status === 429).length
    console.log('agentries without pacing', JSON.stringify({ calls: calls.length, answered200: calls.filter((c) => c.status === 200).length, upstream429: refused }))
    expect(calls.filter((c) => c.status === 200)).toHaveLength(LIMIT)
    expect(refused).toBeGreaterThan(0)
  } finally {
    await mf.dispose()
    await sb.close()
  }
}, 30_000)
