import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js'
import { call, canonical, ed25519Sign, sleep } from './helpers.js'

let sb: Sandbox
const post = (path: string, body: unknown, token?: string) =>
  call(`${sb.agentriesUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) })
const get = (path: string, token?: string) => call(`${sb.agentriesUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
const del = (path: string, token?: string) => call(`${sb.agentriesUrl}${path}`, { method: 'DELETE', headers: token ? { authorization: `Bearer ${token}` } : {} })

function authBody(seed: string, did: string, timestamp = Date.now()) {
  const message = { purpose: 'authenticate', timestamp }
  return { did, message, signature: ed25519Sign(seed, canonical(message)) }
}

async function token(): Promise<string> {
  const { did, privateKey } = sb.keys.agentries
  return (await post('/api/auth/token', authBody(privateKey, did))).body.token
}

/** Registers a fresh agent; returns its DID, token and seed. */
async function register(name: string, extra: Record<string, unknown> = {}) {
  const { privateKey } = generateKeyPairSync('ed25519')
  const seed = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32).toString('hex')
  const public_key = createPublicKey(createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' }))).export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex')
  const profile = { name, capabilities: [{ type: 'testing' }] }
  const timestamp = Date.now()
  const message = { key_type: 'ed25519', profile: { avatar: null, capabilities: profile.capabilities, description: null, name, tags: null, website: null }, public_key, purpose: 'registration', timestamp }
  const res = await post('/api/agents/register', { key_type: 'ed25519', public_key, profile, timestamp, signature: ed25519Sign(seed, canonical(message)), ...extra })
  return { res, seed, did: res.body?.did as string, token: res.body?.token as string }
}

beforeAll(async () => {
  sb = await startSandbox({ seed: 11, agentries: { codeQuota: 4 } })
})
afterAll(() => sb.close())

describe('Agentries: token minting', () => {
  it('exports a deterministic DID and Ed25519 key pair derived from the seed', async () => {
    const { did, privateKey, publicKey } = sb.keys.agentries
    expect(did).toMatch(/^did:web:agentries\.xyz:agent:[0-9a-f]+$/)
    expect(privateKey).toMatch(/^[0-9a-f]{64}$/)
    expect(publicKey).toMatch(/^[0-9a-f]{64}$/)
    const again = await startSandbox({ seed: 11 })
    const other = await startSandbox({ seed: 12 })
    expect(again.keys.agentries).toEqual(sb.keys.agentries)
    expect(other.keys.agentries.did).not.toBe(did)
    await Promise.all([again.close(), other.close()])
  })

  it('mints an HS256 JWT for a valid signature', async () => {
    const { did, privateKey } = sb.keys.agentries
    const ts = Date.now()
    const res = await post('/api/auth/token', authBody(privateKey, did, ts))
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ token: expect.any(String), expires_at: expect.any(Number), token_type: 'Bearer' })
    const [header, payload] = (res.body.token as string).split('.').slice(0, 2).map((p) => JSON.parse(Buffer.from(p, 'base64url').toString()))
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(payload.sub).toBe(did)
    expect(payload.exp - payload.iat).toBe(86_400)
    expect(res.body.expires_at).toBe(payload.exp * 1000)
  })

  it('401 for a wrong signature or a timestamp 6 minutes old; 404 unknown DID; 400 malformed', async () => {
    const { did, privateKey } = sb.keys.agentries
    const body = authBody(privateKey, did)
    const flipped = `${body.signature.slice(0, -1)}${body.signature.endsWith('0') ? '1' : '0'}`
    expect((await post('/api/auth/token', { ...body, signature: flipped })).status).toBe(401)
    const otherKey = ed25519Sign('11'.repeat(32), canonical(body.message))
    expect((await post('/api/auth/token', { ...body, signature: otherKey })).body).toEqual({ error: 'Invalid signature', details: expect.any(String) })
    const old = await post('/api/auth/token', authBody(privateKey, did, Date.now() - 6 * 60_000))
    expect(old.status).toBe(401)
    expect(old.body.error).toBe('Timestamp expired')
    expect((await post('/api/auth/token', authBody(privateKey, did, Date.now() + 6 * 60_000))).status).toBe(401)
    expect((await post('/api/auth/token', authBody(privateKey, 'did:web:agentries.xyz:agent:nobody'))).status).toBe(404)
    expect((await post('/api/auth/token', { ...body, signature: 'abc' })).status).toBe(400)
    expect((await post('/api/auth/token', { did, signature: body.signature })).status).toBe(400)
    expect((await post('/api/auth/token', { ...body, message: { ...body.message, purpose: 'registration' } })).status).toBe(400)
  })

  it('rejects expired and forged JWTs with 401', async () => {
    const short = await startSandbox({ seed: 11, agentries: { tokenTtl: 2 } })
    try {
      const { did, privateKey } = short.keys.agentries
      const minted = await call(`${short.agentriesUrl}/api/auth/token`, { method: 'POST', body: JSON.stringify(authBody(privateKey, did)) })
      // exp is in whole seconds, so a 2 s lifetime leaves at least 1 s of validity
      const auth = { authorization: `Bearer ${minted.body.token}` }
      expect((await call(`${short.agentriesUrl}/api/referrals/stats`, { headers: auth })).status).toBe(200)
      await sleep(Math.max(0, minted.body.expires_at - Date.now()) + 50)
      const expired = await call(`${short.agentriesUrl}/api/referrals/stats`, { headers: auth })
      expect(expired.status).toBe(401)
      expect(expired.body.details).toBe('Token expired')
    } finally {
      await short.close()
    }
    const good = await token()
    const [h, p] = good.split('.')
    expect((await get('/api/referrals/stats', `${h}.${p}.AAAA`)).status).toBe(401)
    expect((await get('/api/referrals/stats', 'not-a-jwt')).status).toBe(401)
    expect((await get('/api/referrals/stats')).status).toBe(401)
  })
})

describe('Agentries: referrals', () => {
  it('public counts by percent-encoded or raw DID; 404 unknown, 400 empty', async () => {
    const { did } = sb.keys.agentries
    const encoded = await get(`/api/agents/${encodeURIComponent(did)}/referrals`)
    expect(encoded.body).toEqual({ active_referrals: 2, total_referrals: 3 })
    expect((await get(`/api/agents/${did}/referrals`)).body).toEqual(encoded.body)
    expect((await get(`/api/agents/${encodeURIComponent('did:web:agentries.xyz:agent:zz')}/referrals`)).status).toBe(404)
    expect((await get('/api/agents/%20/referrals')).status).toBe(400)
  })

  it('lists, creates (quota → 429) and disables codes', async () => {
    const t = await token()
    const listed = await get('/api/referrals/code', t)
    expect(listed.body.codes).toHaveLength(2)
    expect(listed.body.codes[0]).toEqual({ code: expect.any(String), created_at: expect.any(Number), max_uses: expect.any(Number), uses: expect.any(Number), active: true, expires_at: expect.toSatisfy((v: unknown) => v === null || typeof v === 'number') })
    const made = await post('/api/referrals/code', { max_uses: 5 }, t)
    expect(made.status).toBe(201)
    expect(made.body).toEqual({ code: expect.any(String), created_at: expect.any(Number), max_uses: 5 })
    expect((await post('/api/referrals/code', {}, t)).status).toBe(201)
    const over = await post('/api/referrals/code', {}, t)
    expect(over.status).toBe(429)
    expect(over.body).toEqual({ error: 'Too many codes created', details: expect.any(String) })
    expect((await post('/api/referrals/code', { max_uses: -1 }, t)).status).toBe(400)

    const disabled = await del(`/api/referrals/code/${encodeURIComponent(made.body.code)}`, t)
    expect(disabled.status).toBe(200)
    expect((await get('/api/referrals/code', t)).body.codes.find((c: { code: string }) => c.code === made.body.code).active).toBe(false)
    expect((await post('/api/referrals/code', {}, t)).status).toBe(201)
    expect((await del('/api/referrals/code/REF-NOPE', t)).status).toBe(404)
    expect((await del(`/api/referrals/code/${made.body.code}`)).status).toBe(401)
  })

  it('register (with a referral code), then 403 when disabling someone else’s code', async () => {
    const t = await token()
    const code = (await get('/api/referrals/code', t)).body.codes.find((c: { active: boolean }) => c.active).code
    const before = (await get('/api/referrals/stats', t)).body
    const alice = await register('Alice Agent', { referral_code: code })
    expect(alice.res.status).toBe(201)
    expect(alice.did).toMatch(/^did:web:agentries\.xyz:agent:/)
    const after = (await get('/api/referrals/stats', t)).body
    expect(after.total_referrals).toBe(before.total_referrals + 1)
    expect(after).toMatchObject({ active_referrals: expect.any(Number), codes_active: expect.any(Number), codes_created: expect.any(Number), pending_referrals: expect.any(Number), referral_bonus_points: expect.any(Number) })

    const own = await post('/api/referrals/code', {}, alice.token)
    expect(own.status).toBe(201)
    expect((await del(`/api/referrals/code/${own.body.code}`, t)).status).toBe(403)

    const aliceToken = await post('/api/auth/token', authBody(alice.seed, alice.did))
    expect(aliceToken.status).toBe(200)
    expect((await register('Bad code', { referral_code: 'REF-NOPE' })).res.status).toBe(400)
  })

  it('pages /api/referrals/my by limit/offset', async () => {
    const t = await token()
    const all = await get('/api/referrals/my', t)
    expect(all.body).toMatchObject({ limit: 50, offset: 0, total: all.body.referrals.length })
    const page = await get('/api/referrals/my?limit=1&offset=1', t)
    expect(page.body).toMatchObject({ limit: 1, offset: 1, total: all.body.total })
    expect(page.body.referrals).toEqual([all.body.referrals[1]])
    expect((await get('/api/referrals/my?limit=500', t)).body.limit).toBe(100)
    expect((await get('/api/referrals/my?offset=-1', t)).status).toBe(400)
  })

  it('sends X-RateLimit headers and the {error, details} body', async () => {
    const res = await get('/api/nothing-here')
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ error: expect.any(String), details: expect.any(String) })
    expect(res.headers.get('x-ratelimit-limit')).toBe('300')
  })
})
