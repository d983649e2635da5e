import { afterEach, describe, expect, it, vi } from 'vitest'
import * as ag from '../../src/agentries/index.js'
import { DID, SEED, useServer } from './fixture.js'

describe('Agentries: token minting against the loopback server', () => {
  const f = useServer()
  const minting = (): ag.AgentriesClient => f.client({ did: DID, privateKey: SEED })

  afterEach(() => {
    vi.useRealTimers()
  })

  it('mints with a signature the server verifies, then calls with the token', async () => {
    const before = Date.now()
    await ag.getReferralStats(minting())
    const [mint] = f.mints()
    expect(mint!.method).toBe('POST')
    expect(mint!.headers.authorization).toBeUndefined()
    const body = mint!.json as { did: string; message: { purpose: string; timestamp: number }; signature: string }
    expect(body.did).toBe(DID)
    expect(body.message.purpose).toBe('authenticate')
    expect(body.message.timestamp).toBeGreaterThanOrEqual(before)
    expect(body.message.timestamp).toBeLessThanOrEqual(Date.now())
    expect(body.signature).toMatch(/^[0-9a-f]{128}$/)
    expect(f.calls()[0]!.headers.authorization).toBe('Bearer jwt-1')
  })

  it('getAuthToken returns the minted token, and the static one as is', async () => {
    await expect(ag.getAuthToken(minting())).resolves.toBe('jwt-1')
    await expect(ag.getAuthToken(f.client({ token: 'given' }))).resolves.toBe('given')
  })

  it('reuses the cached token for later calls', async () => {
    const client = minting()
    await ag.getReferralStats(client)
    await ag.listReferralCodes(client)
    await ag.createReferralCode(client, { max_uses: 1 })
    expect(f.mints()).toHaveLength(1)
    expect(f.calls().map((r) => r.headers.authorization)).toEqual(['Bearer jwt-1', 'Bearer jwt-1', 'Bearer jwt-1'])
  })

  it('concurrent first calls share one mint', async () => {
    const client = minting()
    await Promise.all([ag.getReferralStats(client), ag.listReferralCodes(client), ag.listMyReferrals(client), ag.getAuthToken(client)])
    expect(f.mints()).toHaveLength(1)
  })

  it('mints again once the token is within 60 s of expiry', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const client = minting()
    await ag.getReferralStats(client)
    vi.setSystemTime(Date.now() + 86_400_000 - 61_000)
    await ag.getReferralStats(client)
    expect(f.mints()).toHaveLength(1)
    vi.setSystemTime(Date.now() + 2_000)
    await ag.getReferralStats(client)
    expect(f.mints()).toHaveLength(2)
    expect(f.calls()[2]!.headers.authorization).toBe('Bearer jwt-2')
  })

  it('takes expires_at in ms, and a value that can only be seconds as seconds', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    f.onMint(() => ({ body: { token: 't', expires_at: Math.floor(Date.now() / 1000) + 3600, token_type: 'Bearer' } }))
    const client = minting()
    await ag.getAuthToken(client)
    await ag.getAuthToken(client)
    expect(f.mints()).toHaveLength(1)
    vi.setSystemTime(Date.now() + 3600_000)
    await ag.getAuthToken(client)
    expect(f.mints()).toHaveLength(2)
  })

  it('a 401 drops the token, mints once more and repeats the call once (POST too)', async () => {
    f.onCall((req) => (req.headers.authorization === 'Bearer jwt-1' ? { status: 401, body: { error: 'revoked' } } : { status: 201, body: { code: 'C1', created_at: 1, max_uses: 0 } }))
    await expect(ag.createReferralCode(minting(), { max_uses: 0 })).resolves.toEqual({ code: 'C1', created_at: 1, max_uses: 0 })
    expect(f.mints()).toHaveLength(2)
    expect(f.calls().map((r) => r.headers.authorization)).toEqual(['Bearer jwt-1', 'Bearer jwt-2'])
  })

  it('a second 401 is thrown', async () => {
    f.onCall(() => ({ status: 401, body: { error: 'no' } }))
    await expect(ag.getReferralStats(minting())).rejects.toBeInstanceOf(ag.AuthError)
    expect(f.mints()).toHaveLength(2)
    expect(f.calls()).toHaveLength(2)
  })

  it('concurrent 401s for the same token cause one re-mint', async () => {
    f.onCall((req) => (req.headers.authorization === 'Bearer jwt-1' ? { status: 401, body: { error: 'revoked' } } : { body: { ok: true } }))
    const client = minting()
    await ag.getAuthToken(client)
    await Promise.all([ag.getReferralStats(client), ag.listReferralCodes(client), ag.listMyReferrals(client)])
    expect(f.mints()).toHaveLength(2)
  })

  it('a refused mint is an AuthError, not retried, and the next call mints afresh', async () => {
    f.onMint(() => ({ status: 401, body: { error: 'Invalid signature' } }))
    const client = minting()
    await expect(ag.getReferralStats(client)).rejects.toBeInstanceOf(ag.AuthError)
    expect(f.mints()).toHaveLength(1)
    expect(f.calls()).toHaveLength(0)
    f.onMint(() => ({ body: { token: 'ok', expires_at: Date.now() + 86_400_000 } }))
    await ag.getReferralStats(client)
    expect(f.mints()).toHaveLength(2)
  })

  it('a mint is retried on 503 (it has no side effect)', async () => {
    let n = 0
    f.onMint(() => (n++ === 0 ? { status: 503, headers: { 'retry-after': '0' } } : { body: { token: 'ok', expires_at: Date.now() + 86_400_000 } }))
    await expect(ag.getAuthToken(minting())).resolves.toBe('ok')
    expect(f.mints()).toHaveLength(2)
  })

  it('a mint answer without a token is an ApiError', async () => {
    f.onMint(() => ({ body: { expires_at: 1 } }))
    await expect(ag.getAuthToken(minting())).rejects.toMatchObject({ name: 'ApiError', code: 'INVALID_RESPONSE' })
  })

  it('a caller abort ends its own wait; the shared mint goes on for the others', async () => {
    f.onMint(() => ({ delay: 50, body: { token: 'slow', expires_at: Date.now() + 86_400_000 } }))
    const client = minting()
    const controller = new AbortController()
    const aborted = ag.getReferralStats(client, { signal: controller.signal })
    const other = ag.listReferralCodes(client)
    controller.abort(new Error('cancelled'))
    await expect(aborted).rejects.toThrow('cancelled')
    await expect(other).resolves.toEqual({ ok: true })
    expect(f.mints()).toHaveLength(1)
    expect(f.calls()).toHaveLength(1)
  })

  it('accepts a CryptoKey', async () => {
    const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(SEED, 'hex')])
    const key = await crypto.subtle.importKey('pkcs8', der, { name: 'Ed25519' }, false, ['sign'])
    await ag.getReferralStats(f.client({ did: DID, privateKey: key }))
    expect(f.calls()[0]!.headers.authorization).toBe('Bearer jwt-1')
  })

  it('the client never shows the seed or the token', async () => {
    const client = minting()
    await ag.getAuthToken(client)
    const shown = JSON.stringify(client) + String(Object.values(client))
    expect(shown).not.toContain(SEED)
    expect(shown).not.toContain('jwt-1')
    expect(Object.isFrozen(client)).toBe(true)
  })
})

describe('Agentries: bad credentials are refused at creation', () => {
  const make = (options: ag.AgentriesOptions): unknown => {
    try {
      ag.createAgentries(options)
    } catch (error) {
      return error
    }
  }

  it.each([
    ['a short seed', { did: DID, privateKey: 'abcd' }, /64 hex/],
    ['a non-hex seed', { did: DID, privateKey: 'z'.repeat(64) }, /64 hex/],
    ['a 64-byte nacl secret key', { did: DID, privateKey: SEED.repeat(2) }, /first 64/],
    ['a non-Ed25519 key', { did: DID, privateKey: {} as CryptoKey }, /CryptoKey/],
    ['no key', { did: DID }, /privateKey/],
    ['a DID without did:', { did: 'web:agentries.xyz:agent:abc', privateKey: SEED }, /did must be a DID/],
    ['no DID', { privateKey: SEED }, /did must be a DID/],
    ['token and DID together', { token: 't', did: DID, privateKey: SEED }, /either token or/],
    ['a token with spaces', { token: 'a b' }, /token/],
  ])('%s', (_name, options, reason) => {
    const error = make(options as ag.AgentriesOptions)
    expect(error).toBeInstanceOf(ag.AffiliateError)
    expect((error as Error).message).toMatch(reason)
    if (typeof (options as { privateKey?: unknown }).privateKey === 'string') {
      expect((error as Error).message).not.toContain((options as { privateKey: string }).privateKey)
    }
  })
})

describe('Agentries: credentials from the environment (contract §2)', () => {
  const f = useServer()
  afterEach(() => {
    vi.unstubAllEnvs()
  })
  const env = (token: string, did: string, privateKey: string) => {
    vi.stubEnv('AGENTRIES_TOKEN', token)
    vi.stubEnv('AGENTRIES_DID', did)
    vi.stubEnv('AGENTRIES_PRIVATE_KEY', privateKey)
  }

  it('mints from AGENTRIES_DID + AGENTRIES_PRIVATE_KEY when nothing is passed', async () => {
    env('', DID, SEED)
    await ag.getReferralStats(f.client({}))
    expect(f.mints()).toHaveLength(1)
    expect(f.calls()[0]!.headers.authorization).toBe('Bearer jwt-1')
  })

  it('prefers AGENTRIES_TOKEN over the key pair, and options over both', async () => {
    env('jwt-1', DID, SEED)
    await ag.getReferralStats(f.client({}))
    expect(f.mints()).toHaveLength(0)
    await expect(ag.getAuthToken(f.client({ token: 'given' }))).resolves.toBe('given')
  })

  it('a DID without its key is not a credential: the call fails before sending', async () => {
    env('', DID, '')
    const error = await ag.getReferralStats(f.client({})).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ag.AffiliateError)
    expect(String(error)).toMatch(/AGENTRIES_TOKEN/)
    expect(f.calls()).toHaveLength(0)
  })
})
