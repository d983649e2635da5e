import { describe, expect, it } from 'vitest'
import * as ag from '../../src/agentries/index.js'
import { STATIC, useServer } from './fixture.js'

type Row = [string, (c: ag.AgentriesClient) => Promise<unknown>, string, string, unknown, boolean]

// [name, call, method, raw URL, JSON body (undefined: none), sends the token]
const ROWS: Row[] = [
  ['getAgentReferrals', (c) => ag.getAgentReferrals(c, 'did:web:agentries.xyz:agent:abc123'), 'GET', '/api/agents/did%3Aweb%3Aagentries.xyz%3Aagent%3Aabc123/referrals', undefined, false],
  ['listReferralCodes', (c) => ag.listReferralCodes(c), 'GET', '/api/referrals/code', undefined, true],
  ['createReferralCode', (c) => ag.createReferralCode(c, { max_uses: 0, expires_at: 1_900_000_000_000 }), 'POST', '/api/referrals/code', { max_uses: 0, expires_at: 1_900_000_000_000 }, true],
  ['createReferralCode()', (c) => ag.createReferralCode(c), 'POST', '/api/referrals/code', {}, true],
  ['disableReferralCode', (c) => ag.disableReferralCode(c, 'AB/C?d#1'), 'DELETE', '/api/referrals/code/AB%2FC%3Fd%231', undefined, true],
  ['listMyReferrals', (c) => ag.listMyReferrals(c, { limit: 100, offset: 200 }), 'GET', '/api/referrals/my?limit=100&offset=200', undefined, true],
  ['listMyReferrals()', (c) => ag.listMyReferrals(c), 'GET', '/api/referrals/my', undefined, true],
  ['getReferralStats', (c) => ag.getReferralStats(c), 'GET', '/api/referrals/stats', undefined, true],
]

describe('Agentries: every endpoint on the wire', () => {
  const { server, client, onCall } = useServer()

  it.each(ROWS)('%s → %s %s', async (_name, run, method, url, body, authed) => {
    await expect(run(client())).resolves.toEqual({ ok: true })
    const [req] = server().requests
    expect(req!.method).toBe(method)
    expect(req!.url).toBe(url)
    expect(req!.json).toEqual(body)
    expect(req!.headers['content-type']).toBe(body === undefined ? undefined : 'application/json')
    expect(req!.headers.authorization).toBe(authed ? `Bearer ${STATIC}` : undefined)
  })

  it.each(ROWS)('%s: retried on 503 only if a GET', async (_name, run, method) => {
    let n = 0
    onCall(() => (n++ === 0 ? { status: 503, headers: { 'retry-after': '0' }, body: { error: 'busy' } } : { body: { ok: true } }))
    const outcome = run(client())
    if (method === 'GET') await expect(outcome).resolves.toEqual({ ok: true })
    else await expect(outcome).rejects.toBeInstanceOf(ag.ServerError)
    expect(server().requests).toHaveLength(method === 'GET' ? 2 : 1)
  })

  it('the public endpoint needs no token at all', async () => {
    const anonymous = ag.createAgentries({ baseUrl: server().url, token: undefined })
    await ag.getAgentReferrals(anonymous, 'did:pkh:eip155:1:0x742d35Cc')
    expect(server().requests[0]!.url).toBe('/api/agents/did%3Apkh%3Aeip155%3A1%3A0x742d35Cc/referrals')
  })

  it('a 429 on POST /api/referrals/code (the code quota) is a RateLimitError after one attempt', async () => {
    onCall(() => ({ status: 429, headers: { 'retry-after': '0' }, body: { error: 'Too many codes created' } }))
    const error = await ag.createReferralCode(client(), { max_uses: 5 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ag.RateLimitError)
    expect((error as Error).message).toContain('Too many codes created')
    expect(server().requests).toHaveLength(1)
  })

  it.each([
    [400, ag.ValidationError],
    [401, ag.AuthError],
    [403, ag.ForbiddenError],
    [404, ag.NotFoundError],
    [409, ag.ConflictError],
  ])('HTTP %i → %o with the {error, details} message', async (status, Class) => {
    onCall(() => ({ status, body: { error: `err ${status}`, details: 'more' } }))
    const error = await ag.disableReferralCode(client(), 'CODE1').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Class)
    expect(error).toMatchObject({ status, details: 'more', provider: 'agentries' })
    expect(server().requests).toHaveLength(1)
  })

  it('a 401 with a static token is thrown, not retried', async () => {
    onCall(() => ({ status: 401, body: { error: 'expired' } }))
    await expect(ag.getReferralStats(client())).rejects.toBeInstanceOf(ag.AuthError)
    expect(server().requests).toHaveLength(1)
  })

  it.each([
    ['empty code', (c: ag.AgentriesClient) => ag.disableReferralCode(c, '')],
    ['dot code', (c: ag.AgentriesClient) => ag.disableReferralCode(c, '..')],
    ['non-string code', (c: ag.AgentriesClient) => ag.disableReferralCode(c, 5 as never)],
    ['empty DID', (c: ag.AgentriesClient) => ag.getAgentReferrals(c, '')],
    ['array params', (c: ag.AgentriesClient) => ag.listMyReferrals(c, [] as never)],
    ['NaN limit', (c: ag.AgentriesClient) => ag.listMyReferrals(c, { limit: Number.NaN })],
  ])('%s is refused before sending', async (_name, run) => {
    const error = await run(client()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ag.AffiliateError)
    expect(error).not.toBeInstanceOf(ag.ApiError)
    expect(server().requests).toHaveLength(0)
  })

  it('calls needing a token fail before sending when there is none', async () => {
    const anonymous = ag.createAgentries({ baseUrl: server().url, token: undefined })
    await expect(ag.listReferralCodes(anonymous)).rejects.toThrow(/no token/)
    await expect(ag.getAuthToken(anonymous)).rejects.toBeInstanceOf(ag.AffiliateError)
    expect(server().requests).toHaveLength(0)
  })
})
