// recordFetch and replayFetch against the sandbox over real HTTP (standing in for the real APIs),
// and against small upstreams made for one behaviour each.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import * as agentclick from '../../src/agentclick/index.js'
import * as agentref from '../../src/agentref/index.js'
import * as agentries from '../../src/agentries/index.js'
import { CassetteMissError, recordFetch, replayFetch, TOKEN_PLACEHOLDER, verifyCassette, type Cassette } from '../../src/cassette/index.js'
import type { FetchLike } from '../../src/core/types.js'
import { startSandbox } from '../../src/sandbox/index.js'
// @ts-expect-error: a plain .mjs module, the session the runtime matrix records and replays too
import { cassetteSession } from '../../runtime-tests/shared/cassette-session.mjs'

const { createAgentRef, getProgram, listPrograms } = agentref
type SessionConfig = {
  agentref: { apiKey: string; baseUrl: string }
  agentclick: { apiKey: string; baseUrl: string }
  agentries: { did: string; privateKey: string; baseUrl: string }
}
/** The runtime matrix's session, on the source modules. */
const session = (config: SessionConfig, fetch: FetchLike): Promise<Record<string, unknown>> => cassetteSession({ agentref, agentclick, agentries }, config, fetch)

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
let sb: Sandbox
let config: SessionConfig
let recorded: { cassette: Cassette; text: string; results: Record<string, unknown> }

const noNetwork = () => {
  throw new Error('the network was used during a replay')
}

beforeAll(async () => {
  sb = await startSandbox({ seed: 11 })
  config = {
    agentref: { apiKey: sb.keys.agentref.merchant, baseUrl: sb.agentrefUrl },
    agentclick: { apiKey: sb.keys.agentclick.agent, baseUrl: sb.agentclickUrl },
    agentries: { did: sb.keys.agentries.did, privateKey: sb.keys.agentries.privateKey, baseUrl: sb.agentriesUrl },
  }
  const { fetch, cassette } = recordFetch()
  const results = await session(config, fetch)
  recorded = { cassette, text: JSON.stringify(cassette), results }
})
afterAll(() => sb?.close())

describe('a session on all three providers, recorded over HTTP', () => {
  test('is a HAR 1.2 log of every exchange, the token mint included', () => {
    const { log } = JSON.parse(recorded.text)
    expect(log.version).toBe('1.2')
    expect(log.creator.name).toBe('affiliate-fetch')
    const requests = sb.requests.length
    expect(log.entries).toHaveLength(requests)
    for (const entry of log.entries) {
      expect(new Date(entry.startedDateTime).toISOString()).toBe(entry.startedDateTime)
      expect(entry.time).toBeGreaterThanOrEqual(0)
      expect(entry.request).toMatchObject({ method: expect.any(String), url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\//), headers: expect.any(Array), queryString: expect.any(Array) })
      expect(entry.response).toMatchObject({ status: expect.any(Number), headers: expect.any(Array), content: { mimeType: expect.any(String), text: expect.any(String) } })
    }
    const mint = log.entries.find((e: any) => e.request.url.endsWith('/api/auth/token'))
    expect(JSON.parse(mint.response.content.text).token).toBe(TOKEN_PLACEHOLDER)
    expect(JSON.parse(mint.request.postData.text)).toMatchObject({ did: sb.keys.agentries.did, message: { purpose: 'authenticate' }, signature: '[redacted]' })
  })

  test('holds no credential, JWT or webhook secret, and says where they were', () => {
    const secrets = [sb.keys.agentref.merchant, sb.keys.agentclick.agent, sb.keys.agentries.privateKey]
    for (const secret of secrets) for (let i = 0; i + 8 <= secret.length; i++) expect(recorded.text).not.toContain(secret.slice(i, i + 8))
    expect(recorded.text).not.toMatch(/eyJ[\w-]+\.[\w-]+/)
    expect(recorded.text).not.toContain('whsec_')
    const auth = recorded.cassette.log.entries.flatMap((e) => e.request.headers.filter((h) => h.name === 'authorization').map((h) => h.value))
    expect(auth.length).toBeGreaterThan(5)
    expect(new Set(auth)).toEqual(new Set(['[redacted]']))
  })

  test('replays with the network forbidden, to equal results', async () => {
    vi.stubGlobal('fetch', noNetwork)
    try {
      const replayed = await session(config, replayFetch(JSON.parse(recorded.text), { fetch: noNetwork }))
      expect(replayed).toEqual(recorded.results)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  test('verifies with no finding but unknown fields', () => {
    const report = verifyCassette(recorded.cassette)
    expect(report.entries.every((e) => e.operation)).toBe(true)
    expect(report.findings.filter((f) => f.kind !== 'unknown-field')).toEqual([])
  })
})

describe('recordFetch', () => {
  test('hands the response back untouched: status, headers and body, secret included', async () => {
    const body = JSON.stringify({ data: { signingSecret: 'whsec_c2VjcmV0LXNpZ25pbmcta2V5LTEyMzQ=' } })
    const upstream = async () => new Response(body, { status: 201, statusText: 'Created', headers: { 'content-type': 'application/json', 'x-request-id': 'req_1' } })
    const { fetch, cassette } = recordFetch({ fetch: upstream })
    const response = await fetch('https://api.example.test/v1/webhooks', { method: 'POST', body: '{}' })
    expect([response.status, response.statusText, response.headers.get('x-request-id')]).toEqual([201, 'Created', 'req_1'])
    expect(await response.text()).toBe(body)
    expect(cassette.log.entries[0]!.response.content.text).toBe(JSON.stringify({ data: { signingSecret: '[redacted]' } }))
  })

  test('keeps a body that is not UTF-8 as base64, and replays its bytes', async () => {
    const bytes = new Uint8Array([0, 255, 128, 10, 200])
    const { fetch, cassette } = recordFetch({ fetch: async () => new Response(bytes, { headers: { 'content-type': 'image/png' } }) })
    await fetch('https://api.example.test/v1/logo.png')
    expect(cassette.log.entries[0]!.response.content).toMatchObject({ encoding: 'base64', text: btoa(String.fromCharCode(...bytes)), size: 5 })
    const replayed = await replayFetch(cassette)('https://api.example.test/v1/logo.png')
    expect(new Uint8Array(await replayed.arrayBuffer())).toEqual(bytes)
  })

  test('options.redact changes an entry or drops it', async () => {
    const { fetch, cassette } = recordFetch({
      fetch: async () => new Response('{"email":"a@b.test"}'),
      redact: (entry) => (entry.request.url.includes('drop') ? null : ((entry.response.content.text = entry.response.content.text.replace(/"[^"]+@[^"]+"/, '"[email]"')), entry)),
    })
    await fetch('https://api.example.test/keep')
    await fetch('https://api.example.test/drop')
    expect(cassette.log.entries.map((e) => [e.request.url, e.response.content.text])).toEqual([['https://api.example.test/keep', '{"email":"[email]"}']])
  })

  test('a network failure is the caller\'s and leaves no entry', async () => {
    const { fetch, cassette } = recordFetch({ fetch: async () => Promise.reject(new TypeError('fetch failed')) })
    await expect(fetch('https://api.example.test/x')).rejects.toThrow('fetch failed')
    expect(cassette.log.entries).toEqual([])
  })
})

describe('replayFetch', () => {
  /** An upstream that answers each request with how many it has seen. */
  const counting = () => {
    let n = 0
    return async () => new Response(JSON.stringify({ n: ++n }), { headers: { 'content-type': 'application/json' } })
  }

  test('answers identical requests in recorded order, then the last again', async () => {
    const { fetch, cassette } = recordFetch({ fetch: counting() })
    for (let i = 0; i < 3; i++) await fetch('https://api.example.test/v1/count?x=1')
    const replay = replayFetch(cassette)
    const seen = []
    for (let i = 0; i < 5; i++) seen.push((await (await replay('https://api.example.test/v1/count?x=1')).json()).n)
    expect(seen).toEqual([1, 2, 3, 3, 3])
  })

  test('matches the query as a multiset and ignores headers, credentials and idempotency keys', async () => {
    const { fetch, cassette } = recordFetch({ fetch: counting() })
    await fetch('https://api.example.test/v1/p?a=1&b=2&a=3', { method: 'POST', headers: { authorization: 'Bearer ak_live_recordedKey12345', 'idempotency-key': 'k1' }, body: '{"x":1,"y":[1,2]}' })
    const replay = replayFetch(cassette)
    const response = await replay('https://api.example.test/v1/p?b=2&a=3&a=1', { method: 'POST', headers: { authorization: 'Bearer ak_live_otherKeyInReplay99', 'idempotency-key': 'k2' }, body: '{"y":[1,2],"x":1}' })
    expect(await response.json()).toEqual({ n: 1 })
  })

  test('leaves the paths of options.ignore out of the body comparison', async () => {
    const { fetch, cassette } = recordFetch({ fetch: counting() })
    await fetch('https://api.example.test/v1/e', { method: 'POST', body: JSON.stringify({ sentAt: 1, items: [{ id: 'a', v: 1 }] }) })
    const body = JSON.stringify({ sentAt: 2, items: [{ id: 'b', v: 1 }] })
    await expect(replayFetch(cassette)('https://api.example.test/v1/e', { method: 'POST', body })).rejects.toThrow(CassetteMissError)
    const replay = replayFetch(cassette, { ignore: ['sentAt', 'items[*].id'] })
    expect(await (await replay('https://api.example.test/v1/e', { method: 'POST', body })).json()).toEqual({ n: 1 })
  })

  test("'record-missing' sends what is not recorded, adds it redacted, then replays it", async () => {
    const upstream = vi.fn(counting())
    const { fetch, cassette } = recordFetch({ fetch: upstream })
    await fetch('https://api.example.test/v1/a')
    const replay = replayFetch(cassette, { mode: 'record-missing', fetch: upstream })
    expect(await (await replay('https://api.example.test/v1/a')).json()).toEqual({ n: 1 })
    expect(upstream).toHaveBeenCalledTimes(1)
    expect(await (await replay('https://api.example.test/v1/b', { headers: { authorization: 'Bearer ak_live_newSecretKey0000' } })).json()).toEqual({ n: 2 })
    expect(upstream).toHaveBeenCalledTimes(2)
    expect(cassette.log.entries.map((e) => e.request.url)).toEqual(['https://api.example.test/v1/a', 'https://api.example.test/v1/b'])
    expect(JSON.stringify(cassette)).not.toContain('newSecr')
    expect(await (await replay('https://api.example.test/v1/b')).json()).toEqual({ n: 2 })
    expect(upstream).toHaveBeenCalledTimes(2)
  })

  test("'passthrough' sends every request and records nothing", async () => {
    const upstream = vi.fn(counting())
    const { fetch, cassette } = recordFetch({ fetch: upstream })
    await fetch('https://api.example.test/v1/a')
    const replay = replayFetch(cassette, { mode: 'passthrough', fetch: upstream })
    expect(await (await replay('https://api.example.test/v1/a')).json()).toEqual({ n: 2 })
    expect(cassette.log.entries).toHaveLength(1)
  })

  test('an aborted signal rejects with its reason', async () => {
    const { fetch, cassette } = recordFetch({ fetch: counting() })
    await fetch('https://api.example.test/v1/a')
    const reason = new Error('stop')
    await expect(replayFetch(cassette)('https://api.example.test/v1/a', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason)
  })

  test('refuses a mode it does not know and what is not a cassette', () => {
    expect(() => replayFetch({ log: { version: '1.2', creator: { name: 'x', version: '1' }, entries: [] } }, { mode: 'lockdown' as never })).toThrow(/mode must be one of replay, record-missing, passthrough/)
    expect(() => replayFetch({} as never)).toThrow(/not a cassette/)
  })

  test("through a client, a miss is a CassetteMissError at once: not a ConnectionError, not retried", async () => {
    const client = createAgentRef({ apiKey: sb.keys.agentref.merchant, baseUrl: sb.agentrefUrl, fetch: replayFetch(JSON.parse(recorded.text)) })
    await expect(listPrograms(client, { pageSize: 3 })).resolves.toMatchObject({ data: expect.any(Array) })
    const started = Date.now()
    const error = await getProgram(client, 'prg_not_recorded').catch((e) => e)
    expect(error).toBeInstanceOf(CassetteMissError)
    expect(error.name).toBe('CassetteMissError')
    expect(error.message).toMatch(/Nearest: entry \d+, GET .*\/programs\/prg_/)
    expect(Date.now() - started).toBeLessThan(500) // no backoff: it was not retried
  })
})
