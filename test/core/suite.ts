// The core behaviour suite (contract §4–§6). Runtime-neutral: vitest runs it in Node and happy-dom,
// and test/workerd bundles it into a Worker and runs it inside workerd.
import { path } from '../../src/core/path.js'
import { request } from '../../src/core/request.js'
import { backoffDelay } from '../../src/core/retry/backoff-delay.js'
import { retryAfter } from '../../src/core/retry/retry-after.js'
import * as root from '../../src/index.js'
import { createAgentRef, createLink, createPayout, createProgram, deleteProgram, getProgram, listPrograms, paginate } from '../../src/agentref/index.js'
import { equal, ok, rejects } from './assert.js'
import { json, stubFetch, trackTimers, type Step } from './stub-fetch.js'

const KEY = 'ak_live_s3cr3t_value'
const BASE = 'https://api.example.test/api/v1'
const browser = typeof (globalThis as { document?: unknown }).document !== 'undefined'

function client(fetch: ReturnType<typeof stubFetch>, extra: Record<string, unknown> = {}) {
  return createAgentRef({ apiKey: KEY, baseUrl: BASE, fetch, dangerouslyAllowBrowser: true, ...extra })
}
const program = { data: { id: 'p1' }, meta: { requestId: 'req_1' } }
const fail = (status: number, headers: Record<string, string> = {}) =>
  json({ error: { code: 'X', message: `status ${status}` }, meta: { requestId: 'req_e' } }, status, headers)

export interface Case {
  name: string
  run: () => Promise<void>
}
export const cases: Case[] = []
const test = (name: string, run: () => Promise<void>) => cases.push({ name, run })

for (const status of [408, 429, 500, 502, 503, 504]) {
  test(`GET is retried after ${status}`, async () => {
    const f = stubFetch(fail(status, { 'retry-after': '0' }), json(program))
    equal(await getProgram(client(f), 'p1'), { id: 'p1' })
    equal(f.calls.length, 2)
  })
}

for (const status of [400, 401, 403, 404, 409, 422, 501]) {
  test(`GET is not retried after ${status}`, async () => {
    const f = stubFetch(fail(status, { 'retry-after': '0' }), json(program))
    await rejects(getProgram(client(f), 'p1'))
    equal(f.calls.length, 1)
  })
}

test('retries stop after maxRetries (2 by default: 3 attempts)', async () => {
  const f = stubFetch(fail(503, { 'retry-after': '0' }))
  const error = await rejects(getProgram(client(f), 'p1'))
  equal(error.name, 'ServerError')
  equal(f.calls.length, 3)
  const g = stubFetch(fail(503, { 'retry-after': '0' }))
  await rejects(getProgram(client(g), 'p1', { maxRetries: 0 }))
  equal(g.calls.length, 1, 'per-call maxRetries overrides the client')
})

test('a connection error is a ConnectionError, retried for GET', async () => {
  const boom = new TypeError('fetch failed')
  const f = stubFetch(boom, json(program))
  equal(await getProgram(client(f), 'p1'), { id: 'p1' })
  equal(f.calls.length, 2)
  const g = stubFetch(boom)
  const error = await rejects(getProgram(client(g, { maxRetries: 0 }), 'p1'))
  equal(error.name, 'ConnectionError')
  ok(error.cause === boom, 'cause is the runtime error')
})

test('an idempotent POST gets one generated key, the same on every attempt', async () => {
  const f = stubFetch(fail(503, { 'retry-after': '0' }), fail(502, { 'retry-after': '0' }), json(program, 201))
  await createProgram(client(f), { name: 'P', commissionType: 'one_time', commissionPercent: 10 })
  equal(f.calls.length, 3)
  const keys = f.calls.map((c) => c.headers['idempotency-key'])
  ok(/^[0-9a-f-]{36}$/.test(keys[0]!), 'a UUID')
  equal(new Set(keys).size, 1, 'same key on every attempt')
  const g = stubFetch(json(program, 201))
  await createProgram(client(g), { name: 'P', commissionType: 'one_time', commissionPercent: 10 })
  ok(g.calls[0]!.headers['idempotency-key'] !== keys[0], 'a new key per logical call')
})

test("the caller's idempotency key is sent trimmed; false sends none and disables retries", async () => {
  const f = stubFetch(fail(503, { 'retry-after': '0' }), json(program, 201))
  await createProgram(client(f), { name: 'P', commissionType: 'one_time', commissionPercent: 1 }, { idempotencyKey: '  order-42  ' })
  equal(f.calls.map((c) => c.headers['idempotency-key']), ['order-42', 'order-42'])
  const g = stubFetch(fail(503, { 'retry-after': '0' }), json(program, 201))
  await rejects(createProgram(client(g), { name: 'P', commissionType: 'one_time', commissionPercent: 1 }, { idempotencyKey: false }))
  equal(g.calls.length, 1)
  equal(g.calls[0]!.headers['idempotency-key'], undefined)
})

test('a POST without a key and DELETE are never retried', async () => {
  const f = stubFetch(fail(503, { 'retry-after': '0' }), json(program))
  await rejects(request(client(f), { method: 'POST', path: path`/things`, body: () => '{}' }))
  equal(f.calls.length, 1)
  const g = stubFetch(fail(503, { 'retry-after': '0' }), json(program))
  await rejects(deleteProgram(client(g), 'p1'))
  equal(g.calls.length, 1)
  equal(g.calls[0]!.headers['idempotency-key'], undefined)
})

test('Retry-After in seconds is honoured', async () => {
  const f = stubFetch(fail(429, { 'retry-after': '0.3' }), json(program))
  const t0 = Date.now()
  await getProgram(client(f), 'p1')
  ok(Date.now() - t0 >= 280, `waited ${Date.now() - t0} ms`)
})

test('retry-after-ms and HTTP-date forms are read', async () => {
  equal(retryAfter({ 'retry-after-ms': '150', 'retry-after': '9' }), 0.15)
  equal(retryAfter({ 'retry-after': '2' }), 2)
  const now = Date.parse('2026-01-01T00:00:00Z')
  equal(retryAfter({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }, now), 5)
  equal(retryAfter({ 'retry-after': 'Wed, 01 Jan 2025 00:00:05 GMT' }, now), 0)
  equal(retryAfter({ 'retry-after': 'soon' }), undefined)
  const f = stubFetch(fail(503, { 'retry-after-ms': '120' }), json(program))
  const t0 = Date.now()
  await getProgram(client(f), 'p1')
  ok(Date.now() - t0 >= 100)
})

test('a Retry-After above maxRetryAfter is not waited out: RateLimitError at once', async () => {
  const f = stubFetch(fail(429, { 'retry-after': '120' }), json(program))
  const t0 = Date.now()
  const error = await rejects(getProgram(client(f), 'p1'))
  ok(Date.now() - t0 < 1000, 'no long wait')
  equal(error.name, 'RateLimitError')
  equal(error.retryAfter, 120)
  equal(f.calls.length, 1)
  const g = stubFetch(fail(429, { 'retry-after': '1' }), json(program))
  await rejects(getProgram(client(g, { maxRetryAfter: 500 }), 'p1'))
  equal(g.calls.length, 1, 'the cap is the client option')
})

test('a 503 asking for longer than maxRetryAfter is thrown at once as ServerError with retryAfter', async () => {
  const f = stubFetch(fail(503, { 'retry-after': '120' }), json(program))
  const error = await rejects(getProgram(client(f), 'p1'))
  equal([error.name, error.retryAfter, f.calls.length], ['ServerError', 120, 1])
})

test('RateLimitError.retryAfter is undefined when the server gives none', async () => {
  const f = stubFetch(fail(429))
  const error = await rejects(getProgram(client(f, { maxRetries: 0 }), 'p1'))
  equal(error.retryAfter, undefined)
})

test('backoff is min(500 ms * 2^n, 8 s) with up to 25 % jitter', async () => {
  equal(backoffDelay(0, () => 0), 500)
  equal(backoffDelay(1, () => 0), 1000)
  equal(backoffDelay(3, () => 0), 4000)
  equal(backoffDelay(10, () => 0), 8000)
  equal(backoffDelay(1, () => 1), 750)
})

test("the caller's signal cancels a backoff wait at once, leaving no timer", async () => {
  const timers = trackTimers()
  try {
    const f = stubFetch(fail(503, { 'retry-after': '5' }), json(program))
    const controller = new AbortController()
    const reason = new Error('user gave up')
    setTimeout(() => controller.abort(reason), 50)
    const t0 = Date.now()
    const error = await rejects(getProgram(client(f), 'p1', { signal: controller.signal }))
    ok(error === reason, 'rejects with the signal reason')
    ok(Date.now() - t0 < 1000, 'at once')
    equal(f.calls.length, 1)
    equal(timers.pending(), 0, 'timers left behind')
  } finally {
    timers.restore()
  }
})

test('an aborted request rejects with the signal reason, not a wrapped error', async () => {
  const f = stubFetch('hang')
  const controller = new AbortController()
  const reason = { why: 'navigated away' }
  setTimeout(() => controller.abort(reason), 20)
  ok((await rejects(getProgram(client(f), 'p1', { signal: controller.signal }))) === reason)
  const g = stubFetch(json(program))
  const pre = new AbortController()
  pre.abort(reason)
  ok((await rejects(getProgram(client(g), 'p1', { signal: pre.signal }))) === reason)
  equal(g.calls.length, 0, 'nothing sent with an aborted signal')
})

test('each attempt gets its own timeout; TimeoutError after the last', async () => {
  const timers = trackTimers()
  try {
    const f = stubFetch('hang')
    const error = await rejects(getProgram(client(f, { timeout: 40, maxRetries: 1 }), 'p1'))
    equal(error.name, 'TimeoutError')
    equal(error.timeout, 40)
    equal(f.calls.length, 2)
    equal(timers.pending(), 0, 'timers left behind')
  } finally {
    timers.restore()
  }
})

test('the attempt timer: one per attempt while its answer is awaited, none left after', async () => {
  const g = globalThis as { setTimeout: (...args: unknown[]) => unknown }
  const realSetTimeout = g.setTimeout
  const timers = trackTimers()
  const tracked = g.setTimeout
  let started = 0
  g.setTimeout = (...args: unknown[]) => (started++, tracked(...args))
  try {
    let startedWhileWaiting = -1
    // Answers in a later task, as a network does; its own timer is not counted.
    const later = () => new Promise<Response>((resolve) => realSetTimeout(() => ((startedWhileWaiting = started), resolve(json(program))), 20))
    equal(await getProgram(createAgentRef({ apiKey: KEY, baseUrl: BASE, fetch: later, dangerouslyAllowBrowser: true }), 'p1'), { id: 'p1' })
    equal(startedWhileWaiting, 1, 'one timer while the answer is awaited')
    equal(timers.pending(), 0, 'and it is cleared when the attempt ends')
  } finally {
    timers.restore()
    g.setTimeout = realSetTimeout
  }
})

test('a successful call leaves no timer behind', async () => {
  const timers = trackTimers()
  try {
    await getProgram(client(stubFetch(json(program))), 'p1')
    await getProgram(client(stubFetch(fail(503, { 'retry-after': '0' }), json(program))), 'p1')
    equal(timers.pending(), 0)
  } finally {
    timers.restore()
  }
})

const mapping: Array<[number, string]> = [
  [400, 'ValidationError'], [422, 'ValidationError'], [401, 'AuthError'], [403, 'ForbiddenError'],
  [404, 'NotFoundError'], [409, 'ConflictError'], [429, 'RateLimitError'], [500, 'ServerError'], [503, 'ServerError'], [418, 'ApiError'],
]
for (const [status, name] of mapping) {
  test(`${status} maps to ${name} with code, requestId and details`, async () => {
    const f = stubFetch(json({ error: { code: 'SOME_CODE', message: 'Nope', details: { field: 'name' } }, meta: { requestId: 'req_9' } }, status))
    const error = await rejects(getProgram(client(f, { maxRetries: 0 }), 'p1'))
    equal(error.name, name)
    ok(root.isAffiliateError(error) && error instanceof root.ApiError)
    equal([error.status, error.code, error.requestId, error.details, error.provider], [status, 'SOME_CODE', 'req_9', { field: 'name' }, 'agentref'])
    ok(error.message.includes('Nope') && error.message.includes(String(status)), error.message)
  })
}

test('an HTML error page maps by status with a short excerpt', async () => {
  const html = `<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>${'x'.repeat(5000)}</body></html>`
  const f = stubFetch(new Response(html, { status: 502, headers: { 'content-type': 'text/html' } }))
  const error = await rejects(getProgram(client(f, { maxRetries: 0 }), 'p1'))
  equal(error.name, 'ServerError')
  ok(error.message.includes('Bad Gateway'), error.message)
  ok(error.message.length < 300, 'short')
})

test('an empty error body maps by status', async () => {
  const f = stubFetch(new Response(null, { status: 404, statusText: 'Not Found' }))
  const error = await rejects(getProgram(client(f), 'p1'))
  equal(error.name, 'NotFoundError')
})

test('204 and empty 2xx bodies resolve to undefined; a non-JSON 2xx is a typed error', async () => {
  equal(await deleteProgram(client(stubFetch(new Response(null, { status: 204 }))), 'p1'), undefined)
  equal(await getProgram(client(stubFetch(new Response('', { status: 200 }))), 'p1'), undefined)
  const error = await rejects(getProgram(client(stubFetch(new Response('<html>ok</html>', { status: 200 }))), 'p1'))
  ok(error instanceof root.ApiError)
  equal(error.code, 'INVALID_JSON')
})

test('the credential never appears in an error, its JSON or the client', async () => {
  const echo = json({ error: { code: 'UNAUTHORIZED', message: `bad key ${KEY}`, details: { key: KEY } } }, 401, { 'x-echo': KEY })
  const error = await rejects(getProgram(client(stubFetch(echo)), 'p1'))
  for (const text of [error.message, String(error), JSON.stringify(error), JSON.stringify(error.details), error.stack ?? '']) {
    ok(!text.includes(KEY), `leaked in: ${text.slice(0, 80)}`)
  }
  const conn = await rejects(getProgram(client(stubFetch(new TypeError(`connect failed for ${KEY}`)), { maxRetries: 0 }), 'p1'))
  ok(!conn.message.includes(KEY))
  const ar = client(stubFetch(json(program)))
  ok(!JSON.stringify(ar).includes(KEY) && !Object.keys(ar).some((k) => String((ar as any)[k]).includes(KEY)))
})

test('path parameters are percent-encoded as one segment', async () => {
  const f = stubFetch(json(program))
  await getProgram(client(f), '../billing')
  equal(f.calls[0]!.url, `${BASE}/programs/..%2Fbilling`)
  await getProgram(client(f), 'a b?c#d%')
  equal(f.calls[1]!.url, `${BASE}/programs/a%20b%3Fc%23d%25`)
})

test('bad input is a typed error and nothing is sent', async () => {
  const f = stubFetch(json(program))
  const ar = client(f)
  const attempts: Array<[string, Promise<unknown>]> = [
    ['dot segment', getProgram(ar, '..')],
    ['single dot', getProgram(ar, '.')],
    ['empty id', getProgram(ar, '')],
    ['missing id', getProgram(ar, undefined as never)],
    ['params not an object', listPrograms(ar, 'active' as never)],
    ['params an array', listPrograms(ar, [] as never)],
    ['params not an object, on a renaming operation', createLink(ar, 'x' as never)],
    ['params null, on a POST', createPayout(ar, null as never)],
    ['non-finite query number', listPrograms(ar, { limit: Number.NaN })],
    ['non-finite body number', createProgram(ar, { name: 'x', commissionType: 'one_time', commissionPercent: Infinity })],
    ['idempotency key with a newline', createProgram(ar, { name: 'x', commissionType: 'one_time', commissionPercent: 1 }, { idempotencyKey: 'a\nb' })],
    ['blank idempotency key', createProgram(ar, { name: 'x', commissionType: 'one_time', commissionPercent: 1 }, { idempotencyKey: '  ' })],
    ['missing credential', getProgram(createAgentRef({ baseUrl: BASE, fetch: f, apiKey: undefined }), 'p1')],
  ]
  for (const [what, promise] of attempts) {
    const error = await rejects(promise, `${what} was accepted`)
    ok(root.isAffiliateError(error) && error.name === 'AffiliateError', `${what}: ${error}`)
  }
  equal(f.calls.length, 0, 'requests sent')
})

test('client options are checked at creation', async () => {
  const userInfo = ['https://user@api.example.test', 'https://user:pw@api.example.test', 'https://:pw@api.example.test']
  for (const options of [{ baseUrl: 'http://api.example.test' }, { baseUrl: 'not a url' }, ...userInfo.map((baseUrl) => ({ baseUrl })), { timeout: -1 }, { maxRetries: 1.5 }, { apiKey: 'has space' }]) {
    let threw: unknown
    try {
      createAgentRef({ apiKey: KEY, dangerouslyAllowBrowser: true, ...options })
    } catch (error) {
      threw = error
    }
    ok(root.isAffiliateError(threw), `accepted ${JSON.stringify(options)}`)
    ok(!String((threw as Error).message).includes('pw'), 'a password in a refused baseUrl is not quoted')
  }
  equal(createAgentRef({ apiKey: KEY, baseUrl: 'http://127.0.0.1:8787/api/v1/', dangerouslyAllowBrowser: true }).baseUrl, 'http://127.0.0.1:8787/api/v1')
  ok(Object.isFrozen(createAgentRef({ apiKey: KEY, dangerouslyAllowBrowser: true })))
})

test('a credential in a browser page needs dangerouslyAllowBrowser', async () => {
  let threw: unknown
  try {
    createAgentRef({ apiKey: KEY })
  } catch (error) {
    threw = error
  }
  equal(root.isAffiliateError(threw), browser, browser ? 'refused in a page' : 'allowed outside a browser')
  createAgentRef({ baseUrl: BASE }) // no credential: no opt-in needed
})

test('redirects are not followed: a 3xx is an ApiError REDIRECT_NOT_FOLLOWED, never retried, and no other URL is called', async () => {
  for (const [status, location] of [[307, '/api/v1/programs/p2'], [302, 'https://evil.example/steal'], [301, BASE], [308, 'https://evil.example/']] as const) {
    const f = stubFetch(new Response(null, { status, headers: { location } }), json(program))
    const error = await rejects(getProgram(client(f), 'p1'))
    equal([error.name, error.status, error.code], ['ApiError', status, 'REDIRECT_NOT_FOLLOWED'])
    equal(f.calls.length, 1, 'the redirect target was never called')
    equal(f.calls[0]!.url, `${BASE}/programs/p1`)
  }
})

function pageOf(ids: string[], meta: Record<string, unknown>) {
  return json({ data: ids.map((id) => ({ id })), meta: { total: 99, pageSize: ids.length, ...meta } })
}

test('paginate walks pages until hasMore is false', async () => {
  const f = stubFetch(pageOf(['a', 'b'], { page: 1, hasMore: true }), pageOf(['c'], { page: 2, hasMore: false }))
  const ids: string[] = []
  for await (const p of paginate(listPrograms, client(f), { status: 'active', pageSize: 2 })) ids.push(p.id)
  equal(ids, ['a', 'b', 'c'])
  equal(f.calls.length, 2)
  ok(f.calls[1]!.url.includes('page=2') && f.calls[1]!.url.includes('status=active'), f.calls[1]!.url)
})

test('paginate follows nextCursor when given', async () => {
  const f = stubFetch(pageOf(['a'], { page: 1, hasMore: true, nextCursor: 'c2' }), pageOf(['b'], { page: 1, hasMore: false }))
  const ids: string[] = []
  for await (const p of paginate(listPrograms, client(f))) ids.push(p.id)
  equal(ids, ['a', 'b'])
  ok(f.calls[1]!.url.includes('cursor=c2'))
})

test('paginate sends nothing after the consumer stops', async () => {
  const f = stubFetch(pageOf(['a', 'b'], { page: 1, hasMore: true }), pageOf(['c'], { page: 2, hasMore: true }))
  for await (const p of paginate(listPrograms, client(f))) if (p.id === 'a') break
  equal(f.calls.length, 1)
})

test('paginate throws instead of looping when the server repeats a page or a cursor', async () => {
  const same = stubFetch(pageOf(['a'], { hasMore: true }))
  const e1 = await rejects((async () => { for await (const _ of paginate(listPrograms, client(same))); })())
  ok(root.isAffiliateError(e1))
  ok(same.calls.length <= 3, `stopped after ${same.calls.length} calls`)
  const cursor = stubFetch(pageOf(['a'], { hasMore: true, nextCursor: 'x' }), pageOf(['b'], { hasMore: true, nextCursor: 'x' }))
  const e2 = await rejects((async () => { for await (const _ of paginate(listPrograms, client(cursor))); })())
  ok(root.isAffiliateError(e2))
  equal(cursor.calls.length, 2)
})

test('paginate honours the signal between pages', async () => {
  const controller = new AbortController()
  const f = stubFetch(pageOf(['a'], { page: 1, hasMore: true }), pageOf(['b'], { page: 2, hasMore: true }))
  const seen: string[] = []
  const error = await rejects((async () => {
    for await (const p of paginate(listPrograms, client(f), {}, { signal: controller.signal })) {
      seen.push(p.id)
      controller.abort(new Error('stop'))
    }
  })())
  equal(error.message, 'stop')
  equal(f.calls.length, 1)
})

test('retry() is exported for your own calls', async () => {
  let n = 0
  const value = await root.retry(async () => {
    if (++n < 3) throw new root.ServerError('flaky', { status: 503, headers: { 'retry-after': '0' } })
    return 'done'
  })
  equal([value, n], ['done', 3])
  let m = 0
  await rejects(root.retry(async () => { m++; throw new Error('not transient') }))
  equal(m, 1)
})

test('errors have literal names and a cross-realm guard', async () => {
  const names = ['AffiliateError', 'ApiError', 'ValidationError', 'AuthError', 'ForbiddenError', 'NotFoundError', 'ConflictError', 'RateLimitError', 'ServerError', 'TimeoutError', 'ConnectionError']
  for (const name of names) ok(name in root, `${name} exported`)
  equal(new root.TimeoutError('timed out', { timeout: 5 }).name, 'TimeoutError')
  ok(root.isAffiliateError(new root.NotFoundError('x', { status: 404 })))
  const foreign = Object.assign(new Error('x'), { [Symbol.for('affiliate-fetch.error')]: true })
  ok(root.isAffiliateError(foreign), 'recognised by brand, not instanceof')
  ok(!root.isAffiliateError(new Error('plain')))
})

test('idempotency keys are UUIDs even where crypto.randomUUID or crypto is missing', async () => {
  const { generateIdempotencyKey } = await import('../../src/core/idempotency-key.js')
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
  const original = globalThis.crypto
  const real = Object.getOwnPropertyDescriptor(globalThis, 'crypto')
  ok(uuid.test(generateIdempotencyKey()))
  try {
    const getRandomValues = <T extends ArrayBufferView>(bytes: T): T => original.getRandomValues(bytes as never)
    Object.defineProperty(globalThis, 'crypto', { value: { getRandomValues }, configurable: true })
    ok(uuid.test(generateIdempotencyKey()), 'without randomUUID')
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true })
    const keys = new Set(Array.from({ length: 50 }, () => generateIdempotencyKey()))
    ok([...keys].every((k) => uuid.test(k)) && keys.size === 50, 'without crypto')
  } finally {
    Object.defineProperty(globalThis, 'crypto', real!)
  }
})

// Regressions from "Trust at the edges" (contract §2, §4, §5): each ran in every runtime's Headers/fetch.

test('header layers merge case-insensitively: one value per header, the call winning', async () => {
  const f = stubFetch(json(program))
  const c = client(f, { headers: { 'X-Trace': 'client', 'Content-Type': 'application/json; charset=utf-8' } })
  await createProgram(c, { name: 'n' } as never, { headers: { 'x-TRACE': 'call', 'IDEMPOTENCY-KEY': ' k-1 ' } })
  const sent = f.calls[0]!.headers
  equal(sent['x-trace'], 'call')
  equal(sent['content-type'], 'application/json; charset=utf-8')
  equal(sent['idempotency-key'], 'k-1', 'the header is the call key, trimmed, never comma-joined')
})

test('an Idempotency-Key header is the call key: reused on every retry; disagreeing with idempotencyKey is refused unsent', async () => {
  const f = stubFetch(fail(503, { 'retry-after': '0' }), json(program))
  await createLink(client(f), { programId: 'p1' } as never, { headers: { 'Idempotency-Key': 'given' } })
  equal(f.calls.map((c) => c.headers['idempotency-key']), ['given', 'given'], 'an explicit key also makes a non-idempotent POST retryable')
  const g = stubFetch(json(program))
  const error = await rejects(createProgram(client(g), { name: 'n' } as never, { idempotencyKey: 'a', headers: { 'idempotency-key': 'b' } }))
  equal([error.name, g.calls.length], ['AffiliateError', 0])
  await rejects(createProgram(client(g), { name: 'n' } as never, { idempotencyKey: false, headers: { 'idempotency-key': 'b' } }))
  equal(g.calls.length, 0)
})

test('an Authorization header is refused on a client with a credential, sent as given on one without', async () => {
  const f = stubFetch(json(program))
  const error = await rejects(getProgram(client(f), 'p1', { headers: { AUTHORIZATION: 'Bearer other' } }))
  equal([error.name, f.calls.length], ['AffiliateError', 0])
  let thrown: any
  try {
    createAgentRef({ apiKey: KEY, baseUrl: BASE, fetch: f, dangerouslyAllowBrowser: true, headers: { authorization: 'x' } })
  } catch (e) {
    thrown = e
  }
  equal(thrown?.name, 'AffiliateError')
  const proxy = createAgentRef({ baseUrl: BASE, fetch: f, headers: { Authorization: 'Bearer via-proxy' } })
  await rejects(getProgram(proxy, 'p1'), 'no credential: a call needing one is refused')
  equal(f.calls.length, 0)
})

test('header names and values a runtime would reject are a plain AffiliateError, nothing sent', async () => {
  const f = stubFetch(json(program))
  for (const headers of [{ 'x-bad': 'a\r\nb' }, { 'bad name': 'v' }, { 'x-wide': 'snow ☃' }, { 'x-num': 5 }]) {
    const error = await rejects(getProgram(client(f), 'p1', { headers: headers as never }))
    equal(error.name, 'AffiliateError', JSON.stringify(headers))
  }
  equal(f.calls.length, 0)
})

test('a signal that is not an AbortSignal, and a lone surrogate in a path id, are refused unsent', async () => {
  const f = stubFetch(json(program))
  equal((await rejects(getProgram(client(f), 'p1', { signal: {} as never }))).name, 'AffiliateError')
  equal((await rejects(getProgram(client(f), 'a\ud800b'))).name, 'AffiliateError')
  equal((await rejects(listPrograms(client(f), { search: '\udc00' } as never))).name, 'AffiliateError')
  equal(f.calls.length, 0)
})

test('any JSON error body maps by status, never a ConnectionError', async () => {
  for (const body of ['{"error": null}', '{"error": 5}', 'null', '[1,2]', '"text"', '{"error":{"code":null,"message":[]},"meta":null}']) {
    const f = stubFetch(new Response(body, { status: 404, headers: { 'content-type': 'application/json' } }))
    const error = await rejects(getProgram(client(f), 'p1'))
    equal([error.name, error.status, f.calls.length], ['NotFoundError', 404, 1], body)
  }
})

test('numeric options beyond what a timer holds are refused at creation and per call', async () => {
  const f = stubFetch(json(program))
  for (const extra of [{ timeout: 2 ** 31 }, { maxRetryAfter: 2 ** 31 }, { maxRetries: 11 }, { timeout: 1.5 }, { maxResponseBytes: 0 }]) {
    let thrown: any
    try {
      client(f, extra)
    } catch (e) {
      thrown = e
    }
    equal(thrown?.name, 'AffiliateError', JSON.stringify(extra))
  }
  equal((await rejects(getProgram(client(f), 'p1', { timeout: 2 ** 31 }))).name, 'AffiliateError')
  equal((await rejects(getProgram(client(f), 'p1', { maxRetries: -1 }))).name, 'AffiliateError')
  equal(f.calls.length, 0)
})

test('Retry-After garbage (-1, NaN, a loose date) is ignored: the normal backoff applies', async () => {
  for (const value of ['-1', 'NaN', '1e3', '2026-01-01', 'Thu, 31 Feb 2026 00:00:00 GMT']) equal(retryAfter({ 'retry-after': value }), undefined, value)
  const delays: number[] = []
  const f = stubFetch(fail(503, { 'retry-after': '-1' }), json(program))
  await getProgram(client(f), 'p1', { onRetry: ({ delay }) => delays.push(delay) })
  ok(delays[0]! >= 375, `backoff, not zero: ${delays[0]}`)
})

test('the credential is never in a logged client, and one with quotes or backslashes is refused', async () => {
  const f = stubFetch(json(program))
  const c = client(f)
  equal(JSON.stringify(c).includes(KEY), false)
  const g = globalThis as { process?: { getBuiltinModule?: (name: string) => any } }
  const util = g.process?.getBuiltinModule?.('node:util')
  if (util) {
    equal(util.format('%o', c).includes(KEY.slice(0, 8)), false, '%o')
    equal(util.inspect(c, { showHidden: true, depth: 5 }).includes(KEY.slice(0, 8)), false, 'showHidden')
  }
  for (const apiKey of ['ak_live_"quoted"', 'ak_live_back\\slash', 'ak live']) {
    let thrown: any
    try {
      createAgentRef({ apiKey, baseUrl: BASE, fetch: f, dangerouslyAllowBrowser: true })
    } catch (e) {
      thrown = e
    }
    equal(thrown?.name, 'AffiliateError', apiKey)
  }
})

test('a key echoed at the excerpt edge, split by a tag, or URL-encoded leaves no 8-character run', async () => {
  const pad = 'x'.repeat(160 - 'agentref 500: '.length - 2)
  const bodies = [
    `<html><p>${pad}${KEY}</p></html>`,
    `<p>key ${KEY.slice(0, 9)}<wbr>${KEY.slice(9)}</p>`,
    `token=${encodeURIComponent(KEY)}`,
    `{"broken": "${KEY}`,
  ]
  for (const body of bodies) {
    const f = stubFetch(new Response(body, { status: 500, headers: { 'content-type': 'text/html', 'x-echo': KEY } }))
    const error = await rejects(getProgram(client(f), 'p1', { maxRetries: 0 }))
    const shown = [error.message, String(error), JSON.stringify(error), JSON.stringify(error.headers)].join(' ').replace(/\s+/g, '')
    for (let i = 0; i + 8 <= KEY.length; i++) ok(!shown.includes(KEY.slice(i, i + 8)), `"${KEY.slice(i, i + 8)}" survives from ${body}`)
  }
})

test('a redirect to a user:pass@ URL is an ApiError, not retried', async () => {
  const f = stubFetch(new Response(null, { status: 302, headers: { location: 'https://user:pass@api.example.test/api/v1/programs/p2' } }))
  const error = await rejects(getProgram(client(f), 'p1'))
  equal([error.name, error.code, f.calls.length], ['ApiError', 'REDIRECT_NOT_FOLLOWED', 1])
})

test('a success body over maxResponseBytes is an ApiError RESPONSE_TOO_LARGE, not retried', async () => {
  const f = stubFetch(() => json({ data: { blob: 'y'.repeat(5000) } }))
  const error = await rejects(getProgram(client(f, { maxResponseBytes: 1000 }), 'p1'))
  equal([error.name, error.code, f.calls.length], ['ApiError', 'RESPONSE_TOO_LARGE', 1])
  equal(await getProgram(client(f, { maxResponseBytes: 10_000 }), 'p1'), { blob: 'y'.repeat(5000) })
})

test('a body streamed in chunks that split UTF-8 characters reads whole, also for two calls at once', async () => {
  const text = JSON.stringify({ data: { name: 'Crème brûlée 😀 '.repeat(40) } })
  const bytes = new TextEncoder().encode(text)
  // Chunks of 7 bytes: most multi-byte characters fall across two chunks. No content-length, so
  // the bounded stream reader runs on every runtime.
  const streamed = () =>
    new Response(
      new ReadableStream({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 7) controller.enqueue(bytes.slice(at, at + 7))
          controller.close()
        },
      }),
      { headers: { 'content-type': 'application/json' } },
    )
  const f = stubFetch(streamed, streamed)
  const [a, b] = await Promise.all([getProgram(client(f), 'p1'), getProgram(client(f), 'p2')])
  equal([a, b], [JSON.parse(text).data, JSON.parse(text).data])
  const cut = await rejects(getProgram(client(stubFetch(streamed), { maxResponseBytes: 100 }), 'p1'))
  equal(cut.code, 'RESPONSE_TOO_LARGE')
})

test('a signal aborted before the call rejects with its reason as it is, a string included, and sends nothing', async () => {
  const f = stubFetch(json(program))
  for (const reason of ['gone', 42, new Error('stop')]) {
    const stop = new AbortController()
    stop.abort(reason)
    equal(await rejects(getProgram(client(f), 'p1', { signal: stop.signal })), reason)
  }
  equal(f.calls.length, 0)
})

test('found by the properties: a key inside angle brackets is redacted; an abort from onRetry ends the wait at once', async () => {
  const f = stubFetch(new Response(`<p>bad key <${KEY}></p>`, { status: 500, headers: { 'retry-after': '5' } }))
  const stop = new AbortController()
  const t0 = Date.now()
  const reason = await rejects(getProgram(client(f), 'p1', { signal: stop.signal, onRetry: ({ error }) => (ok(!(error as Error).message.includes(KEY.slice(0, 8))), stop.abort('left')) }))
  equal(reason, 'left')
  ok(Date.now() - t0 < 1_000, 'no 5 s wait after the abort')
})

// Hooks (contract §13): observers of each attempt and retry, credential-free, that change nothing.
test('hooks: client then call hooks see each attempt, its outcome and the retry, with the route and no credential', async () => {
  const f = stubFetch(fail(503, { 'retry-after-ms': '5' }), json(program, 200, { 'x-request-id': 'req_ok' }))
  const seen: [string, string, any][] = []
  const layer = (who: string) => ({
    onRequest: (e: any) => seen.push([who, 'request', e]),
    onResponse: (e: any) => seen.push([who, 'response', e]),
    onRetry: (e: any) => seen.push([who, 'retry', e]),
  })
  equal(await getProgram(client(f, { hooks: layer('client') }), 'p 1', { hooks: layer('call') }), { id: 'p1' })
  equal(
    seen.map(([who, what, e]) => `${who} ${what} ${e.attempt}`),
    ['client request 0', 'call request 0', 'client response 0', 'call response 0', 'client retry 0', 'call retry 0', 'client request 1', 'call request 1', 'client response 1', 'call response 1'],
  )
  const [, , first] = seen[0]!
  equal([first.provider, first.method, first.route, first.url], ['agentref', 'GET', '/programs/{id}', `${BASE}/programs/p%201`])
  const failed = seen[2]![2]
  equal([failed.status, failed.requestId, failed.error.name], [503, 'req_e', 'ServerError'])
  ok(failed.durationMs >= 0, 'durationMs')
  equal(seen[4]![2].delay, 5)
  const done = seen[8]![2]
  equal([done.status, done.requestId, 'error' in done], [200, 'req_ok', false])
  ok(!JSON.stringify(seen).includes(KEY.slice(0, 8)), 'no credential in any event')
})

test('hooks: one that throws changes nothing about the call, and its error is reported', async () => {
  const g = globalThis as { reportError?: (e: unknown) => void }
  const saved = g.reportError
  const reported: unknown[] = []
  g.reportError = (e) => reported.push(e)
  try {
    const boom = () => {
      throw new Error('hook failed')
    }
    const hooks = { onRequest: boom, onResponse: boom, onRetry: boom }
    const f = stubFetch(fail(503, { 'retry-after': '0' }), json(program))
    equal(await getProgram(client(f, { hooks }), 'p1', { hooks }), { id: 'p1' })
    equal(f.calls.length, 2, 'retried exactly as without hooks')
    equal(reported.length, 10, 'every throw reported: 2 layers × (2 requests + 2 responses + 1 retry)')
    const g404 = stubFetch(fail(404))
    equal((await rejects(getProgram(client(g404, { hooks }), 'p1'))).name, 'NotFoundError')
    equal(g404.calls.length, 1, 'no retry caused')
  } finally {
    g.reportError = saved
  }
})

test('hooks: a POST reports its idempotency key, the same on every attempt; bad hooks are refused at creation', async () => {
  const f = stubFetch(fail(503, { 'retry-after': '0' }), json(program))
  const keys: unknown[] = []
  await createPayout(client(f, { hooks: { onRequest: (e: any) => keys.push(e.idempotencyKey) } }), { affiliateId: 'a', programId: 'p', method: 'paypal' } as never)
  equal(keys.length, 2)
  ok(typeof keys[0] === 'string' && keys[0] === keys[1] && keys[0] === f.calls[1]!.headers['idempotency-key'], 'the key sent, twice')
  const error = await rejects((async () => client(f, { hooks: 'log' }))())
  equal(error.name, 'AffiliateError')
})

test('an attempt never gets an aborted signal; a signal that aborted is never handed out again; reuse is bounded', async () => {
  const seenAborted: boolean[] = []
  const uses = new Map<AbortSignal, number>()
  const record = (call: { signal: AbortSignal | undefined }) => {
    seenAborted.push(call.signal!.aborted)
    uses.set(call.signal!, (uses.get(call.signal!) ?? 0) + 1)
  }
  // A timed-out attempt, then one the caller aborts: both of their signals end aborted.
  const hang = stubFetch((call) => (record(call), 'hang'))
  await rejects(getProgram(client(hang, { maxRetries: 0, timeout: 5 }), 'p1'))
  const stop = new AbortController()
  const pending = rejects(getProgram(client(hang, { maxRetries: 0 }), 'p1', { signal: stop.signal }))
  stop.abort('stop')
  await pending
  const aborted = hang.calls.map((c) => c.signal!)
  ok(aborted.every((s) => s.aborted), 'both attempts ended aborted')
  // Then many calls in a row, each answered.
  const f = stubFetch((call) => (record(call), json(program)))
  for (let i = 0; i < 150; i++) await getProgram(client(f), 'p1')
  ok(seenAborted.every((a) => !a), 'no attempt started with an aborted signal')
  ok(f.calls.every((c) => !aborted.includes(c.signal!)), 'an aborted signal is never reused')
  ok(Math.max(...uses.values()) <= 64, `at most 64 attempts per signal: ${Math.max(...uses.values())}`)
  // Shared only where making one is slow and sharing is safe (Node 20: no global navigator).
  const distinct = new Set(f.calls.map((c) => c.signal)).size
  if ((globalThis as { navigator?: unknown }).navigator === undefined) ok(distinct < 150, `reused: ${distinct} signals for 150 calls`)
  else equal(distinct, 150)
})
