// Regressions of "Trust at the edges" that need real parts: the sandbox, a real socket, Node's util.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import * as ag from '../../src/agentries/index.js'
import * as ar from '../../src/agentref/index.js'
import { startSandbox } from '../../src/sandbox/index.js'
import { startRecordServer } from '../helpers/record-server.js'

const closers: (() => Promise<unknown>)[] = []
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()))
})

describe('no duplicate writes through headers (sandbox)', () => {
  it.each(['Idempotency-Key', 'idempotency-key', 'IDEMPOTENCY-KEY'])('createProgram twice with %s in headers creates one program', async (name) => {
    const sb = await startSandbox({ seed: 8 })
    closers.push(() => sb.close())
    const client = ar.createAgentRef({ apiKey: sb.keys.agentref.merchant, baseUrl: sb.agentrefUrl })
    const before = sb.counts().agentref.programs
    const body = { name: 'Once', commissionType: 'one_time' as const, commissionPercent: 10 }
    const first = await ar.createProgram(client, body, { headers: { [name]: 'same-key' } })
    const second = await ar.createProgram(client, body, { headers: { [name]: 'same-key' } })
    expect(second.id).toBe(first.id)
    expect(sb.counts().agentref.programs - before).toBe(1)
  })
})

/** A server that streams `total` bytes of `chunk` with backpressure, counting what it got to write. */
async function streamingServer(status: number, total: number, headers: Record<string, string> = {}) {
  const written: number[] = []
  const closed: boolean[] = []
  const server = http.createServer(async (req, res) => {
    const index = written.push(0) - 1
    if (req.url?.startsWith('/final')) return res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"id":"p"}}')
    res.writeHead(status, { 'content-type': 'text/html', ...headers })
    const chunk = Buffer.alloc(64 * 1024, 'a')
    closed[index] = false
    res.on('close', () => (closed[index] = true))
    while (!closed[index] && written[index]! < total) {
      written[index]! += chunk.length
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve))
    }
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closers.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, written, closed }
}

describe('bounded bodies (a real socket)', () => {
  const MB = 1024 * 1024

  it('a 200 MB success body stops at maxResponseBytes and is cancelled', async () => {
    const s = await streamingServer(200, 200 * MB)
    const client = ar.createAgentRef({ apiKey: 'ak_live_x', baseUrl: s.url })
    const error = await ar.getProgram(client, 'p').catch((e) => e)
    expect([error.name, error.code]).toEqual(['ApiError', 'RESPONSE_TOO_LARGE'])
    await new Promise((r) => setTimeout(r, 100))
    expect(s.written[0]!).toBeLessThan(48 * MB) // 16 MiB read, plus what the socket buffers held
  })

  it('a 200 MB HTML 500 is read only for its excerpt, on every attempt', async () => {
    const s = await streamingServer(500, 200 * MB, { 'retry-after': '0' })
    const client = ar.createAgentRef({ apiKey: 'ak_live_x', baseUrl: s.url })
    const error = await ar.getProgram(client, 'p').catch((e) => e)
    expect([error.name, error.status]).toEqual(['ServerError', 500])
    await new Promise((r) => setTimeout(r, 100))
    expect(s.written).toHaveLength(3)
    for (const bytes of s.written) expect(bytes).toBeLessThan(16 * MB)
  })

  it('a redirect is not followed, and its body is cancelled, not left holding its socket', async () => {
    const s = await streamingServer(302, 200 * MB, { location: '/final' })
    const client = ar.createAgentRef({ apiKey: 'ak_live_x', baseUrl: s.url })
    await expect(ar.getProgram(client, 'p')).rejects.toMatchObject({ name: 'ApiError', status: 302, code: 'REDIRECT_NOT_FOLLOWED' })
    await new Promise((r) => setTimeout(r, 100))
    expect(s.closed[0], 'the redirect response was cancelled').toBe(true)
    expect(s.written[0]!).toBeLessThan(16 * MB)
  })
})

describe('Agentries mints obey the call', () => {
  const SEED = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'
  const DID = 'did:web:agentries.xyz:agent:abc123'

  it('a hanging token endpoint ends at the call timeout with no retries', async () => {
    const server = await startRecordServer(() => new Promise(() => {}))
    closers.push(() => server.close())
    const client = ag.createAgentries({ did: DID, privateKey: SEED, baseUrl: server.url })
    const started = Date.now()
    const error = await ag.getReferralStats(client, { timeout: 300, maxRetries: 0 }).catch((e) => e)
    expect(error.name).toBe('TimeoutError')
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(server.requests).toHaveLength(1)
  })

  it('a minted token with CR/LF is an ApiError, unquoted and not retried', async () => {
    const token = 'eyJhbGciOi.line\r\nInjected: yes'
    const server = await startRecordServer(() => ({ body: { token, expires_at: Date.now() + 3_600_000 } }))
    closers.push(() => server.close())
    const client = ag.createAgentries({ did: DID, privateKey: SEED, baseUrl: server.url })
    const error = await ag.getReferralStats(client).catch((e) => e)
    expect([error.name, error.code]).toEqual(['ApiError', 'INVALID_RESPONSE'])
    expect(error.message).not.toContain('line')
    expect(server.requests).toHaveLength(1)
  })

  it('the other callers still get a token when the caller who started the mint aborts', async () => {
    let mints = 0
    const server = await startRecordServer(async (req) => {
      if (req.pathname !== '/api/auth/token') return { body: { ok: true } }
      mints++
      return { delay: 150, body: { token: `jwt-${mints}`, expires_at: Date.now() + 3_600_000 } }
    })
    closers.push(() => server.close())
    const client = ag.createAgentries({ did: DID, privateKey: SEED, baseUrl: server.url })
    const first = new AbortController()
    const a = ag.getReferralStats(client, { signal: first.signal }).catch((e) => e)
    const b = ag.getReferralStats(client)
    setTimeout(() => first.abort(new Error('first caller left')), 30)
    expect((await a).message).toBe('first caller left')
    await expect(b).resolves.toEqual({ ok: true })
  })
})

describe('verifyWebhook: arguments of any type', () => {
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
  it.each([
    ['null headers', '{}', null, secret, undefined],
    ['number header values', '{}', { 'svix-id': 1, 'svix-timestamp': 2, 'svix-signature': 3 }, secret, undefined],
    ['object header values', '{}', { 'svix-id': {}, 'svix-timestamp': [], 'svix-signature': { v1: 'x' } }, secret, undefined],
    ['a NaN clock', '{}', { 'svix-id': 'i', 'svix-timestamp': '1', 'svix-signature': 'v1,x' }, secret, { now: Number.NaN }],
    ['a number body', 5, {}, secret, undefined],
    ['a null secret', '{}', {}, null, undefined],
    ['string options', '{}', {}, secret, 'fast'],
  ])('%s → WebhookVerificationError', async (_, body, headers, key, options) => {
    const error = await ar.verifyWebhook(body as never, headers as never, key as never, options as never).catch((e) => e)
    expect(error).toBeInstanceOf(ar.WebhookVerificationError)
  })
})
