// withResponse on all three providers: a page, a single object, a 204 and an error, against the
// in-process sandbox (which sends X-Request-Id and X-RateLimit-*); plus what only a custom fetch
// can show (AgentRef's meta.requestId without the header, retries, echoed credentials).
import { describe, expect, it } from 'vitest'
import * as agentclick from '../../src/agentclick/index.js'
import * as agentref from '../../src/agentref/index.js'
import * as agentries from '../../src/agentries/index.js'
import { createSandbox } from '../../src/sandbox/index.js'

const sb = createSandbox({ seed: 4, limits: { agentref: 50, agentries: 40 } })
const ar = agentref.createAgentRef({ apiKey: sb.keys.agentref.merchant, fetch: sb.fetch })
const ac = agentclick.createAgentClick({ apiKey: sb.keys.agentclick.agent, fetch: sb.fetch })
const ag = agentries.createAgentries({ did: sb.keys.agentries.did, privateKey: sb.keys.agentries.privateKey, fetch: sb.fetch })

/** The request ids the sandbox logged, to hold `requestId` against the one it really sent. */
const lastLoggedId = () => sb.requests.at(-1)!.id

describe('withResponse', () => {
  it('AgentRef: a page, a single object, an error (the same error as without it)', async () => {
    const page = await agentref.withResponse(agentref.listPrograms, ar, { pageSize: 2 })
    expect(page.data.data).toHaveLength(2)
    expect(page.status).toBe(200)
    expect(page.requestId).toBe(lastLoggedId())
    expect(page.headers.get('content-type')).toMatch(/json/)
    expect(page.rateLimit).toEqual({ limit: 50, remaining: 49, resetAfter: expect.any(Number) })
    const one = await agentref.withResponse(agentref.getProgram, ar, page.data.data[0]!.id)
    expect(one.data).toEqual(await agentref.getProgram(ar, page.data.data[0]!.id))
    expect(one.data.id).toBe(page.data.data[0]!.id)
    expect(one.rateLimit?.remaining).toBe(48)
    const error = await agentref.withResponse(agentref.getProgram, ar, 'prg_missing').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(agentref.NotFoundError)
    expect((error as agentref.NotFoundError).requestId).toBe(lastLoggedId())
  })

  it('AgentClick: a page, a single object, an error', async () => {
    const page = await agentclick.withResponse(agentclick.searchPrograms, ac, { per_page: 2 })
    expect(page.data.programs).toHaveLength(2)
    expect([page.status, page.requestId]).toEqual([200, lastLoggedId()])
    expect(page.rateLimit).toBeUndefined() // AgentClick documents no rate-limit headers
    const one = await agentclick.withResponse(agentclick.getProgram, ac, { program_id: page.data.programs[0]!.id })
    expect(one.data.id ?? one.data).toBeTruthy()
    expect(one.requestId).toBe(lastLoggedId())
    await expect(agentclick.withResponse(agentclick.getProgram, ac, { program_id: 987_654 })).rejects.toBeInstanceOf(agentclick.ApiError)
  })

  it('Agentries: a page, a single object, an error; the token mint before them is not the response', async () => {
    const page = await agentries.withResponse(agentries.listMyReferrals, ag, { limit: 2 })
    expect(page.status).toBe(200)
    expect(sb.requests.at(-1)!.url).toContain('/api/referrals/my?limit=2') // the call's own response, after the mint
    expect(page.requestId).toBe(lastLoggedId())
    expect(page.rateLimit).toMatchObject({ limit: 40, remaining: expect.any(Number) })
    const stats = await agentries.withResponse(agentries.getReferralStats, ag)
    expect(stats.data).toEqual(await agentries.getReferralStats(ag))
    await expect(agentries.withResponse(agentries.disableReferralCode, ag, 'NO-SUCH-CODE')).rejects.toBeInstanceOf(agentries.NotFoundError)
  })

  it('a 204 resolves to data undefined, with its status and headers, on every provider', async () => {
    const noContent = async () => new Response(null, { status: 204, headers: { 'x-request-id': 'req_204', 'x-ratelimit-remaining': '9' } })
    const cases = [
      agentref.withResponse(agentref.deleteWebhook, agentref.createAgentRef({ apiKey: 'ak_live_x', fetch: noContent }), 'wh_1'),
      agentclick.withResponse(agentclick.getProfile, agentclick.createAgentClick({ apiKey: `aa_${'0'.repeat(48)}`, fetch: noContent })),
      agentries.withResponse(agentries.disableReferralCode, agentries.createAgentries({ token: 'a.b.c', fetch: noContent }), 'CODE'),
    ]
    for (const result of await Promise.all(cases)) {
      expect(result).toMatchObject({ data: undefined, status: 204, requestId: 'req_204', rateLimit: { remaining: 9 } })
      expect(result.headers.get('x-request-id')).toBe('req_204')
    }
  })

  it("AgentRef's meta.requestId stands in for a missing X-Request-Id; only the final attempt counts", async () => {
    let attempts = 0
    const fetch = async () =>
      ++attempts === 1
        ? new Response('{"error":{"code":"BUSY","message":"busy"}}', { status: 503, headers: { 'retry-after-ms': '1', 'x-request-id': 'req_first' } })
        : new Response(JSON.stringify({ data: { id: 'prg_1' }, meta: { requestId: 'req_from_body' } }), { status: 200 })
    const client = agentref.createAgentRef({ apiKey: 'ak_live_x', fetch })
    const result = await agentref.withResponse(agentref.getProgram, client, 'prg_1')
    expect(attempts).toBe(2)
    expect(result).toMatchObject({ data: { id: 'prg_1' }, status: 200, requestId: 'req_from_body', rateLimit: undefined })
  })

  it('uses the client as it is: its options, fetch unbound, and no change to the client', async () => {
    const seen: unknown[] = []
    const fetch = function (this: unknown, url: string, init: RequestInit) {
      seen.push(this, url, new Headers(init.headers).get('x-extra'))
      return Promise.resolve(new Response('{"data":{"id":"p"}}', { headers: { 'x-request-id': 'r1' } }))
    }
    const client = agentref.createAgentRef({ apiKey: 'ak_live_x', fetch, headers: { 'x-extra': 'yes' }, baseUrl: 'https://proxy.example.test/v1' })
    await agentref.withResponse(agentref.getProgram, client, 'p')
    expect(seen).toEqual([undefined, 'https://proxy.example.test/v1/programs/p', 'yes'])
    expect(client.fetch).toBe(fetch)
  })

  it('headers are the caller’s own data, as sent; the hook event’s copy has the credential redacted', async () => {
    const key = 'ak_live_EchoedSecret12345'
    const events: agentref.ResponseEvent[] = []
    const fetch = async () => new Response('{"data":{}}', { headers: { 'x-echo': `you sent ${key}`, 'x-request-id': `id-${key}` } })
    const client = agentref.createAgentRef({ apiKey: key, fetch, hooks: { onResponse: (e) => void events.push(e) } })
    const result = await agentref.withResponse(agentref.getProgram, client, 'p')
    expect(result.headers.get('x-echo')).toBe(`you sent ${key}`)
    expect(result.requestId).toBe(`id-${key}`)
    const hooked = events[0]!
    expect(hooked.headers?.get('x-echo')).toMatch(/^you sent \[redacted\]/)
    const logged = JSON.stringify([...hooked.headers!, hooked.requestId])
    for (let i = 0; i + 8 <= key.length; i++) expect(logged).not.toContain(key.slice(i, i + 8))
  })

  it('refuses what is not a function or a client, typed, before anything is sent', async () => {
    await expect(agentref.withResponse('getProgram' as never, ar)).rejects.toBeInstanceOf(agentref.AffiliateError)
    await expect(agentref.withResponse(agentref.getProgram, null as never, 'p')).rejects.toBeInstanceOf(agentref.AffiliateError)
  })
})
