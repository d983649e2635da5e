// The behaviour suite every runtime runs, written once. Runtime-neutral on purpose: no imports
// but its runtime-neutral sibling cassette-session.mjs, no `node:`, no `process`, no DOM; only what
// the library itself may use (fetch, AbortController, Web Crypto, TextEncoder, Headers, Request,
// setTimeout).
//
// Each case is `{ name, run({ serverUrl, lib, recorded }) }`: `serverUrl` is the origin of the
// local test server (runtime-tests/shared/server.mjs), `lib` holds the public entry points as
// namespaces, imported by the bare package name from the scratch consumer project
// (`lib.root`, `lib.agentref`, `lib.agentclick`, `lib.agentries`, `lib.tools`, `lib.sandbox`,
// `lib.cassette`; see lib.mjs), and `recorded` is the session run.mjs recorded (record-session.mjs).
//
// The server imports FIXTURES from here, so both sides share one set of test credentials.
import { cassetteSession } from './cassette-session.mjs'

export const FIXTURES = {
  agentrefKey: 'ak_live_runtime_test_0123456789',
  /** AgentClick keys are `aa_` + 48 hex characters. */
  agentclickKey: 'aa_0123456789abcdef0123456789abcdef0123456789abcdef',
  agentriesDid: 'did:web:agentries.xyz:agent:runtimetest',
  /** RFC 8032 test vector 1: its public key is d75a9801…511a. */
  agentriesSeed: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
  agentriesPublicKey: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
  webhookSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  /** Programs the server holds: 5 active ones, served 2 per page, and 2 paused ones it filters out. */
  programs: ['active', 'paused', 'active', 'active', 'paused', 'active', 'active'],
}

/** The line prefix a runtime's entry prints its report after, so runners can find it in noisy output. */
export const REPORT_MARK = '@@affiliate-fetch-runtime-report@@ '

const CASE_TIMEOUT_MS = 10_000

export const baseUrls = (serverUrl) => ({
  agentref: `${serverUrl}/agentref/api/v1`,
  agentclick: `${serverUrl}/agentclick/api/mcp.php`,
  agentries: `${serverUrl}/agentries`,
})

class AssertionError extends Error {
  name = 'AssertionError'
}
function ok(condition, message) {
  if (!condition) throw new AssertionError(message)
}
function equal(actual, expected, what) {
  const a = JSON.stringify(actual)
  const e = JSON.stringify(expected)
  if (a !== e) throw new AssertionError(`${what}: expected ${e}, got ${a}`)
}
async function rejects(promiseOrFn, what) {
  try {
    await (typeof promiseOrFn === 'function' ? promiseOrFn() : promiseOrFn)
  } catch (error) {
    return error
  }
  throw new AssertionError(`${what}: expected a rejection, but it resolved`)
}
const describe = (e) => (e && typeof e === 'object' ? `${e.name}: ${e.message}` : String(e))

export const cases = []
const test = (name, run) => cases.push({ name, run })

const agentref = ({ serverUrl, lib }, extra = {}) =>
  lib.agentref.createAgentRef({ apiKey: FIXTURES.agentrefKey, baseUrl: baseUrls(serverUrl).agentref, dangerouslyAllowBrowser: true, ...extra })

test('agentref: GET with query params, paginated across 3 pages', async (ctx) => {
  const { listPrograms, paginate } = ctx.lib.agentref
  const ar = agentref(ctx)
  const first = await listPrograms(ar, { status: 'active', pageSize: 2 })
  equal(first.data.map((p) => p.id), ['prg_1', 'prg_3'], 'first page ids')
  equal(first.meta, { page: 1, pageSize: 2, total: 5, hasMore: true }, 'first page meta')
  const ids = []
  for await (const program of paginate(listPrograms, ar, { status: 'active', pageSize: 2 })) {
    equal(program.status, 'active', `status of ${program.id}`)
    ids.push(program.id)
  }
  equal(ids, ['prg_1', 'prg_3', 'prg_4', 'prg_6', 'prg_7'], 'ids across all pages')
})

test('agentref: pace() holds calls after remaining 0 until the reset, released together; withResponse reads the budget', async (ctx) => {
  const { getProgram, pace, withResponse, RateLimitError } = ctx.lib.agentref
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
  const ar = agentref(ctx, { rateLimit: pace(), maxRetries: 0 })
  const first = await withResponse(getProgram, ar, `paced-${run}`)
  equal([first.status, first.requestId, first.rateLimit], [200, 'req_paced_1', { limit: 4, remaining: 0, resetAfter: 0.6 }], 'withResponse')
  const held = await Promise.all([1, 2, 3].map(() => getProgram(ar, `paced-${run}`)))
  // The server's own clock: ms after the first arrival.
  const arrivals = held.map((program) => program.arrivals).sort((a, b) => b.length - a.length)[0].slice(1)
  equal(arrivals.length, 3, 'three held calls arrived')
  ok(arrivals.every((at) => at >= 550), `held until the reset (0.6 s): arrived at ${arrivals} ms`)
  ok(Math.max(...arrivals) - Math.min(...arrivals) < 250, `released together: arrived at ${arrivals} ms`)
  // A reset beyond maxRetryAfter: refused at once, nothing sent.
  const strict = agentref(ctx, { rateLimit: pace(), maxRetries: 0, maxRetryAfter: 5_000 })
  await getProgram(strict, `refused-${run}`)
  const started = Date.now()
  const refused = await rejects(getProgram(strict, `refused-${run}`), 'a wait past maxRetryAfter')
  ok(refused instanceof RateLimitError && refused.code === 'RATE_LIMIT_PACED' && Date.now() - started < 1_000, `RateLimitError at once (${describe(refused)})`)
  const seen = await getProgram(agentref(ctx), `refused-${run}`) // an unpaced client: the server saw 1 request before it
  equal(seen.arrivals.length, 2, 'requests the server saw for the refused run')
})

test('tools: 116 tools; the runner validates, refuses, and runs a read tool', async (ctx) => {
  const { tools, createToolRunner, toOpenAITools } = ctx.lib.tools
  equal(tools.length, 116, 'tool count')
  equal(toOpenAITools(tools)[0].function.name, 'agentref_list_programs', 'OpenAI shape')
  const runner = createToolRunner({ agentref: agentref(ctx) })
  const bad = await runner.run('agentref_list_programs', { status: 'gone' })
  equal([bad.ok, bad.error.name], [false, 'InvalidArguments'], 'schema failure')
  const refused = await runner.run('agentref_create_payout', { affiliateId: 'a', programId: 'p', method: 'paypal' })
  equal([refused.ok, refused.error.name], [false, 'ToolNotAllowed'], 'money refused by default')
  const listed = await runner.run('agentref_list_programs', '{"status":"active","pageSize":2}')
  equal(listed.ok && listed.result.data.map((p) => p.id), ['prg_1', 'prg_3'], 'read tool result')
})

test('agentref: POST with an Idempotency-Key, retried once after a 503', async (ctx) => {
  const { createPayout } = ctx.lib.agentref
  const retries = []
  const payout = await createPayout(
    agentref(ctx),
    { affiliateId: 'aff_1', programId: 'prg_1', method: 'paypal', notes: 'runtime test' },
    { onRetry: ({ error, delay }) => retries.push({ name: error.name, status: error.status, delay }) },
  )
  // The server answers a key's first attempt with 503 (retry-after-ms: 25) and its second with 201.
  equal(retries, [{ name: 'ServerError', status: 503, delay: 25 }], 'retries (the delay proves retry-after-ms was readable)')
  equal(payout.attempts, 2, 'attempts the server saw with this key')
  ok(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(payout.idempotencyKey), `generated key is a v4 UUID: ${payout.idempotencyKey}`)
  equal(payout.amount, 1500, 'payout amount')
})

test('per-attempt timeout rejects with TimeoutError', async (ctx) => {
  const { getProgram, TimeoutError } = ctx.lib.agentref
  const started = Date.now()
  const error = await rejects(getProgram(agentref(ctx), 'slow', { timeout: 150, maxRetries: 0 }), 'slow request')
  equal(error?.name, 'TimeoutError', `error name (${describe(error)})`)
  ok(error instanceof TimeoutError, 'instanceof TimeoutError')
  ok(ctx.lib.root.isAffiliateError(error), 'isAffiliateError')
  equal(error.timeout, 150, 'error.timeout')
  equal(error.provider, 'agentref', 'error.provider')
  ok(Date.now() - started < 4_000, `gave up in time (${Date.now() - started} ms; the server holds the answer 5 s)`)
})

test("caller's abort rejects with the signal's reason", async (ctx) => {
  const { getProgram } = ctx.lib.agentref
  const ar = agentref(ctx)
  const controller = new AbortController()
  const reason = new Error('caller stopped')
  const timer = setTimeout(() => controller.abort(reason), 50)
  try {
    const error = await rejects(getProgram(ar, 'slow', { signal: controller.signal }), 'aborted request')
    ok(error === reason, `rejected with the very reason given (got ${describe(error)})`)
  } finally {
    clearTimeout(timer)
  }
  // With no reason given, the reason is the runtime's own AbortError DOMException.
  const plain = new AbortController()
  const timer2 = setTimeout(() => plain.abort(), 50)
  try {
    const error = await rejects(getProgram(ar, 'slow', { signal: plain.signal }), 'aborted request without reason')
    equal(error?.name, 'AbortError', `default reason (${describe(error)})`)
    ok(error === plain.signal.reason, 'rejected with signal.reason')
  } finally {
    clearTimeout(timer2)
  }
})

test('a connection dropped mid-body is a ConnectionError, and retried', async (ctx) => {
  const { getProgram, ConnectionError } = ctx.lib.agentref
  for (const id of ['dropped-length', 'dropped-chunked']) {
    const retried = []
    const error = await rejects(getProgram(agentref(ctx), id, { maxRetries: 1, onRetry: ({ error }) => retried.push(error.name) }), id)
    equal([error?.name, retried], ['ConnectionError', ['ConnectionError']], `${id}: error and retries (${describe(error)}; cause ${describe(error?.cause)})`)
    ok(error instanceof ConnectionError, `${id}: instanceof ConnectionError`)
    ok(error.cause instanceof Error, `${id}: the runtime's own error is the cause (${describe(error.cause)})`)
  }
})

test('404 maps to NotFoundError, with the credential redacted', async (ctx) => {
  const { getProgram, NotFoundError } = ctx.lib.agentref
  const error = await rejects(getProgram(agentref(ctx), 'missing'), 'missing program')
  equal(error?.name, 'NotFoundError', `error name (${describe(error)})`)
  ok(ctx.lib.root.isAffiliateError(error), 'isAffiliateError (root)')
  ok(ctx.lib.agentref.isAffiliateError(error), 'isAffiliateError (agentref)')
  ok(error instanceof NotFoundError && error instanceof ctx.lib.root.ApiError, 'instanceof NotFoundError and ApiError')
  ok(ctx.lib.root.NotFoundError === NotFoundError, 'the root and agentref subpaths share one NotFoundError class')
  equal([error.status, error.code, error.requestId, error.provider], [404, 'NOT_FOUND', 'req_404', 'agentref'], 'status, code, requestId, provider')
  // The server quotes the bearer token in its message; it must never come back out.
  ok(error.message.includes('[redacted]'), `message is redacted: ${error.message}`)
  const shown = [error.message, String(error), JSON.stringify(error), error.stack ?? ''].join('\n')
  ok(!shown.includes(FIXTURES.agentrefKey), 'no error text contains the API key')
})

test('agentclick: trackClick, and success:false with HTTP 200 is an error', async (ctx) => {
  const { createAgentClick, trackClick, ApiError } = ctx.lib.agentclick
  const ac = createAgentClick({ apiKey: FIXTURES.agentclickKey, baseUrl: baseUrls(ctx.serverUrl).agentclick, dangerouslyAllowBrowser: true })
  const click = await trackClick(ac, { partnership_id: 42, context: 'runtime-test' })
  equal(click, {
    click_id: 9001,
    tracking_url: 'https://agentclick.ai/t/42/9001',
    lp_url: 'https://merchant.example/landing?ref=42',
    partnership_id: 42,
    context: 'runtime-test',
  }, 'tracked click')
  const error = await rejects(trackClick(ac, { partnership_id: 404 }), 'unknown partnership')
  ok(error instanceof ApiError && error.status === 200, `ApiError with status 200 (got ${describe(error)})`)
  ok(error.message.includes('Partnership not found'), `message carries the server's: ${error.message}`)
})

test('agentries: Ed25519 token mint, then createReferralCode', async (ctx) => {
  const { createAgentries, createReferralCode, getAuthToken } = ctx.lib.agentries
  const ag = createAgentries({
    did: FIXTURES.agentriesDid,
    privateKey: FIXTURES.agentriesSeed,
    baseUrl: baseUrls(ctx.serverUrl).agentries,
    dangerouslyAllowBrowser: true,
  })
  // The server verifies the signature with node:crypto against the seed's public key.
  const token = await getAuthToken(ag)
  ok(/^rt\.[0-9a-f]{16}$/.test(token), `minted token: ${token}`)
  equal(await getAuthToken(ag), token, 'the token is cached')
  const code = await createReferralCode(ag, { max_uses: 3 })
  equal(Object.keys(code).sort(), ['code', 'created_at', 'max_uses'], 'response fields')
  equal(code.max_uses, 3, 'max_uses')
  ok(/^RT-[0-9A-F]{8}$/.test(code.code), `code: ${code.code}`)
})

test('webhook: verifyWebhook on a delivery the server signed (HMAC-SHA256)', async (ctx) => {
  const { verifyWebhook, verifyWebhookRequest, WebhookVerificationError } = ctx.lib.agentref
  const response = await fetch(`${ctx.serverUrl}/webhook-delivery`)
  ok(response.ok, `GET /webhook-delivery: ${response.status}`)
  const { body, headers } = await response.json()
  const event = await verifyWebhook(body, headers, FIXTURES.webhookSecret)
  equal([event.type, event.data.id, event.data.amount], ['payout.completed', 'pay_77', 1500], 'event')
  // The same delivery as bytes with a Headers object, and as a Request.
  const again = await verifyWebhook(new TextEncoder().encode(body), new Headers(headers), FIXTURES.webhookSecret)
  equal(again.id, event.id, 'verified from bytes + Headers')
  const request = new Request('https://hooks.example/agentref', { method: 'POST', body, headers })
  equal((await verifyWebhookRequest(request, FIXTURES.webhookSecret)).id, event.id, 'verified from a Request')
  const tampered = await rejects(verifyWebhook(body.replace('1500', '9500'), headers, FIXTURES.webhookSecret), 'tampered body')
  ok(tampered instanceof WebhookVerificationError && tampered.reason === 'no_matching_signature', `tampered body refused (${describe(tampered)})`)
  const stale = await rejects(verifyWebhook(body, headers, FIXTURES.webhookSecret, { now: Date.now() + 3_600_000 }), 'stale delivery')
  equal(stale?.reason, 'timestamp_too_old', 'stale delivery refused')
})

test('browser guard: a credential in a page needs dangerouslyAllowBrowser', async (ctx) => {
  const { createAgentRef } = ctx.lib.agentref
  const page = typeof globalThis.document !== 'undefined'
  const baseUrl = baseUrls(ctx.serverUrl).agentref
  if (page) {
    const error = await rejects(() => createAgentRef({ apiKey: FIXTURES.agentrefKey, baseUrl }), 'client with a key in a page')
    ok(ctx.lib.root.isAffiliateError(error) && /dangerouslyAllowBrowser/.test(error.message), `refused: ${describe(error)}`)
    ok(!error.message.includes(FIXTURES.agentrefKey), 'the refusal does not quote the key')
    createAgentRef({ baseUrl }) // no credential (calls through your own proxy): no opt-in needed
  } else {
    ok(Object.isFrozen(createAgentRef({ apiKey: FIXTURES.agentrefKey, baseUrl })), 'outside a page the client is created (and frozen)')
  }
})

// ── The sandbox in process: createSandbox().fetch, no server, no port ─────────────────────────
// The same client calls as above, against the sandbox's in-process fetch at the APIs' documented
// base URLs (no baseUrl given), on every runtime.

const sandboxClients = (sb) => ({
  ar: sb && { apiKey: sb.keys.agentref.merchant, fetch: sb.fetch, dangerouslyAllowBrowser: true },
  ac: sb && { apiKey: sb.keys.agentclick.agent, fetch: sb.fetch, dangerouslyAllowBrowser: true },
  ag: sb && { did: sb.keys.agentries.did, privateKey: sb.keys.agentries.privateKey, fetch: sb.fetch, dangerouslyAllowBrowser: true },
})
async function withSandbox(ctx, options, run) {
  const sb = ctx.lib.sandbox.createSandbox(options)
  try {
    return await run(sb, sandboxClients(sb))
  } finally {
    await sb.close()
  }
}

test('sandbox in process: all three providers through sandbox.fetch, paginated, no baseUrl', (ctx) =>
  withSandbox(ctx, { seed: 5 }, async (sb, c) => {
    const { createAgentRef, listPrograms, paginate } = ctx.lib.agentref
    const ar = createAgentRef(c.ar)
    const ids = []
    for await (const program of paginate(listPrograms, ar, { pageSize: 2 })) ids.push(program.id)
    equal(ids.length, sb.counts().agentref.programs, 'programs across all pages')
    ok(ids.length > 2 && new Set(ids).size === ids.length, `several pages of distinct ids (${ids.length})`)
    const { createAgentClick, searchPrograms } = ctx.lib.agentclick
    const found = await searchPrograms(createAgentClick(c.ac), { per_page: 3 })
    equal(found.programs.length, 3, 'AgentClick programs')
    const { createAgentries, createReferralCode, listReferralCodes } = ctx.lib.agentries
    const ag = createAgentries(c.ag) // the token is minted with Ed25519 and checked by the sandbox
    const created = await createReferralCode(ag, { max_uses: 4 })
    const listed = await listReferralCodes(ag)
    ok(listed.codes.some((code) => code.code === created.code), 'the new code is listed')
    const hosts = new Set(sb.log.map((e) => new URL(e.url).host))
    equal([...hosts].sort(), ['agentclick.ai', 'api.agentries.xyz', 'www.agentref.co'], 'documented hosts, served in process')
  }),
)

test('sandbox in process: an idempotent replay, and a reused key with another body is a 409', (ctx) =>
  withSandbox(ctx, { seed: 6 }, async (sb, c) => {
    const { createAgentRef, createProgram } = ctx.lib.agentref
    const ar = createAgentRef(c.ar)
    const params = { name: 'Replayed', commissionType: 'one_time', commissionPercent: 9 }
    const first = await createProgram(ar, params, { idempotencyKey: 'runtime-replay' })
    const second = await createProgram(ar, params, { idempotencyKey: 'runtime-replay' })
    equal(second.id, first.id, 'the replay gives the first result')
    const raw = await sb.fetch('https://www.agentref.co/api/v1/programs', { method: 'POST', headers: { authorization: `Bearer ${sb.keys.agentref.merchant}`, 'idempotency-key': 'runtime-replay', 'content-type': 'application/json' }, body: JSON.stringify(params) })
    equal(raw.headers.get('idempotent-replayed'), 'true', 'Idempotent-Replayed header')
    const reused = await rejects(createProgram(ar, { ...params, name: 'Other' }, { idempotencyKey: 'runtime-replay' }), 'reused key')
    equal([reused?.status, reused?.code], [409, 'IDEMPOTENCY_KEY_REUSED'], `409 (${describe(reused)})`)
  }),
)

test('sandbox in process: a dropped connection is a rejected fetch, retried with the same key', (ctx) =>
  withSandbox(ctx, { seed: 7, faults: 'POST /programs:drop-after:1' }, async (sb, c) => {
    const { createAgentRef, createProgram } = ctx.lib.agentref
    const before = sb.counts().agentref.programs
    const retries = []
    const program = await createProgram(createAgentRef(c.ar), { name: 'Once', commissionType: 'one_time', commissionPercent: 5 }, { onRetry: ({ error }) => retries.push(error.name) })
    equal(retries, ['ConnectionError'], 'retried once after the drop')
    equal(program.name, 'Once', 'created')
    equal(sb.counts().agentref.programs, before + 1, 'one program: the retry was replayed, not run again')
    const error = await rejects(sb.fetch('https://example.com/'), 'another origin')
    ok(error instanceof TypeError, `another origin is a network failure (${describe(error)})`)
  }),
)

test('sandbox in process: a webhook delivery to deliver(), verified with verifyWebhook', async (ctx) => {
  const received = []
  await withSandbox(ctx, { seed: 8, deliver: (request) => (received.push(request), new Response(null, { status: 204 })) }, async (sb, c) => {
    const { createAgentRef, createWebhook, createProgram, verifyWebhook } = ctx.lib.agentref
    const ar = createAgentRef(c.ar)
    const { signingSecret } = await createWebhook(ar, { name: 'runtime', url: 'https://hooks.example.com/in', subscribedEvents: ['program.created'] })
    const program = await createProgram(ar, { name: 'Hooked', commissionType: 'one_time', commissionPercent: 4 })
    await sb.webhooksIdle()
    equal(received.length, 1, 'one delivery')
    const request = received[0]
    const event = await verifyWebhook(await request.text(), request.headers, signingSecret)
    equal([event.type, event.data.id], ['program.created', program.id], 'the verified event')
    equal(sb.deliveries[0].state, 'delivered', 'delivery state')
  })
})

// ── The cassette: a session recorded once over HTTP, replayed here with the network forbidden ───

/** Replaces the global fetch by one that rejects and counts, so any network use fails loudly; `restore()` puts it back. */
function forbidNetwork() {
  const own = Object.getOwnPropertyDescriptor(globalThis, 'fetch')
  const attempts = []
  const forbidden = (input) => {
    attempts.push(String(input?.url ?? input))
    return Promise.reject(new Error(`network forbidden during the replay: fetch(${attempts.at(-1)})`))
  }
  Object.defineProperty(globalThis, 'fetch', { value: forbidden, writable: true, configurable: true })
  if (globalThis.fetch !== forbidden) throw new Error('could not replace the global fetch')
  const restore = () => (own ? Object.defineProperty(globalThis, 'fetch', own) : delete globalThis.fetch)
  return { attempts, restore }
}

/** The first path where two JSON values differ, with both sides; undefined when equal. */
function firstDifference(a, b, path = '') {
  if (Object.is(a, b)) return
  const kind = (v) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v)
  if (kind(a) !== kind(b) || typeof a !== 'object') return `${path || '(the whole value)'}: recorded ${JSON.stringify(a)}, replayed ${JSON.stringify(b)}`
  const keys = Array.isArray(a) ? [...Array(Math.max(a.length, b.length)).keys()] : [...new Set([...Object.keys(a), ...Object.keys(b)])]
  for (const key of keys) {
    const found = firstDifference(a[key], b[key], Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key)
    if (found) return found
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) return `${path || '(the whole value)'}: the keys come in another order`
}

export const REPLAY_CASE = 'cassette: the session recorded over HTTP replays equal, with the network forbidden'

test(REPLAY_CASE, async ({ lib, recorded }) => {
  ok(recorded && !recorded.error, `a recorded session: ${recorded?.error ?? 'none was given'}`)
  const { replayFetch, CassetteMissError } = lib.cassette
  // Not the recording's credentials (the cassette holds none, and replay matches no header): only
  // the base URLs and Agentries' DID (it is in the token request's body) must be the recorded ones.
  const config = {
    agentref: { apiKey: FIXTURES.agentrefKey, baseUrl: recorded.baseUrls.agentref },
    agentclick: { apiKey: FIXTURES.agentclickKey, baseUrl: recorded.baseUrls.agentclick },
    agentries: { did: recorded.did, privateKey: FIXTURES.agentriesSeed, baseUrl: recorded.baseUrls.agentries },
  }
  const fetch = replayFetch(recorded.cassette)
  const network = forbidNetwork()
  let replayed
  let miss
  try {
    replayed = await cassetteSession(lib, config, fetch)
    // A request the cassette lacks is a CassetteMissError (passed through, not retried), never a network call.
    const client = lib.agentref.createAgentRef({ ...config.agentref, fetch, dangerouslyAllowBrowser: true })
    miss = await rejects(lib.agentref.getProgram(client, 'never-recorded'), 'a request the cassette lacks')
  } finally {
    network.restore()
  }
  equal(network.attempts, [], 'requests that reached the global fetch')
  const difference = firstDifference(recorded.expected, replayed)
  ok(difference === undefined, `replayed results differ from the recorded ones at ${difference}`)
  ok(miss instanceof CassetteMissError && /never-recorded/.test(miss.message), `CassetteMissError for an unrecorded request (${describe(miss)})`)
})

/** Names the runtime the suite finds itself in, for the report (and for the runner to confirm). */
export function detectRuntime() {
  const g = globalThis
  const ua = typeof g.navigator?.userAgent === 'string' ? g.navigator.userAgent : ''
  if (g.Deno?.version) return `deno ${g.Deno.version.deno}`
  if (g.Bun?.version) return `bun ${g.Bun.version}`
  if (ua === 'Cloudflare-Workers') return 'workerd'
  const happy = /HappyDOM\/([\w.-]+)/.exec(ua)
  if (happy) return `happy-dom ${happy[1]} on node ${g.process?.versions?.node}`
  const chrome = /(HeadlessChrome|Chrome)\/([\w.]+)/.exec(ua)
  if (chrome && typeof g.document !== 'undefined' && !g.process) return `${chrome[1]} ${chrome[2]}`
  if (g.process?.versions?.node) return `node ${g.process.versions.node}`
  return ua || 'unknown'
}

/**
 * Runs the cases in order (`only` / `skip`: one case name, to run a case apart, as Deno's replay
 * under --deny-net), each bounded by its own timeout; never throws.
 */
export async function runSuite({ serverUrl, lib, recorded, only, skip }) {
  const results = []
  for (const c of cases.filter((c) => (only === undefined || c.name === only) && c.name !== skip)) {
    const started = Date.now()
    let timer
    try {
      await Promise.race([
        c.run({ serverUrl, lib, recorded }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`case timed out after ${CASE_TIMEOUT_MS} ms`)), CASE_TIMEOUT_MS)
        }),
      ])
      results.push({ name: c.name, ok: true, ms: Date.now() - started })
    } catch (error) {
      results.push({ name: c.name, ok: false, ms: Date.now() - started, error: describe(error) })
    } finally {
      clearTimeout(timer)
    }
  }
  return { runtime: detectRuntime(), passed: results.filter((r) => r.ok).length, total: results.length, results }
}
