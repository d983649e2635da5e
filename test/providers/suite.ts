// AgentClick and Agentries behaviour that must hold on every runtime (Web Crypto Ed25519 above all).
// Runtime-neutral like test/core/suite.ts: vitest runs it in Node and happy-dom, test/workerd in workerd.
import nacl from 'tweetnacl'
import { createAgentClick, recordConversion, searchPrograms, trackClick } from '../../src/agentclick/index.js'
import { canonicalJson, createAgentries, createReferralCode, getAuthToken, listReferralCodes } from '../../src/agentries/index.js'
import { isAffiliateError } from '../../src/index.js'
import { equal, ok, rejects } from '../core/assert.js'
import { json, stubFetch } from '../core/stub-fetch.js'
import type { Case } from '../core/suite.js'

export const cases: Case[] = []
const test = (name: string, run: () => Promise<void>) => cases.push({ name, run })

const AC_KEY = `aa_${'0123456789abcdef'.repeat(3)}`
const AC_URL = 'https://agentclick.example.test/api/mcp.php'
const AG_URL = 'https://agentries.example.test'
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
const unhex = (text: string) => new Uint8Array(text.match(/../g)!.map((h) => parseInt(h, 16)))
const seedOf = (n: number) => hex(Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + n * 13) & 0xff))

const agentclick = (fetch: ReturnType<typeof stubFetch>) =>
  createAgentClick({ apiKey: AC_KEY, baseUrl: AC_URL, fetch, dangerouslyAllowBrowser: true })

test('AgentClick trackClick posts {action, params} once and returns data', async () => {
  const f = stubFetch(json({ success: true, message: 'OK', data: { click_id: 7, tracking_url: 'https://t.example/c/7', lp_url: 'https://lp.example' } }))
  const click = await trackClick(agentclick(f), { partnership_id: 15, context: 'chatbot' })
  equal(click.click_id, 7)
  equal(f.calls.length, 1)
  equal(f.calls[0]!.method, 'POST')
  equal(JSON.parse(f.calls[0]!.body!), { action: 'agent.track_click', params: { partnership_id: 15, context: 'chatbot' } })
  equal(f.calls[0]!.headers.authorization, `Bearer ${AC_KEY}`)
})

test('AgentClick: success:false on HTTP 200 is an ApiError', async () => {
  const f = stubFetch(json({ success: false, message: 'program closed' }))
  const error = await rejects(searchPrograms(agentclick(f), { keyword: 'x' }))
  ok(isAffiliateError(error) && error.name === 'ApiError', String(error))
  ok(error.message.includes('program closed'))
})

test('AgentClick: READ retried, WRITE not, recordConversion only with order_id', async () => {
  const busy = () => json({ success: false, message: 'busy' }, 503, { 'retry-after': '0' })
  const ok200 = json({ success: true, message: 'OK', data: {} })
  const read = stubFetch(busy(), ok200)
  await searchPrograms(agentclick(read), {})
  equal(read.calls.length, 2, 'read attempts')
  const write = stubFetch(busy(), ok200)
  await rejects(trackClick(agentclick(write), { partnership_id: 1 }))
  equal(write.calls.length, 1, 'write attempts')
  const code = 'a'.repeat(32)
  const dedup = stubFetch(busy(), ok200)
  await recordConversion(agentclick(dedup), { tracking_code: code, order_id: 'o-1', amount: 1200 })
  equal(dedup.calls.length, 2, 'with order_id')
  const blind = stubFetch(busy(), ok200)
  await rejects(recordConversion(agentclick(blind), { tracking_code: code, amount: 1200 }))
  equal(blind.calls.length, 1, 'without order_id')
})

test('AgentClick: a mistyped or foreign key fails at creation, naming no secret', async () => {
  for (const apiKey of ['aa_123', 'ak_live_abcdef', `aa_${'z'.repeat(48)}`]) {
    let threw: any
    try {
      createAgentClick({ apiKey, dangerouslyAllowBrowser: true })
    } catch (error) {
      threw = error
    }
    ok(isAffiliateError(threw), `accepted ${apiKey.slice(0, 6)}`)
    ok(!threw.message.includes(apiKey), 'key in message')
  }
})

test('Ed25519 signatures equal tweetnacl byte for byte', async () => {
  const { importSeed, signHex } = await import('../../src/agentries/sign.js')
  const messages = [canonicalJson({ purpose: 'authenticate', timestamp: 1706900000000 }), canonicalJson({ b: [1, { z: 'é', a: null }], a: 'ü' }), '']
  for (let n = 0; n < 4; n++) {
    const seed = seedOf(n)
    const key = await importSeed(seed)
    const secretKey = nacl.sign.keyPair.fromSeed(unhex(seed)).secretKey
    for (const message of messages) {
      const ours = await signHex(key, message)
      equal(ours, hex(nacl.sign.detached(new TextEncoder().encode(message), secretKey)), `seed ${n}, ${message}`)
    }
  }
})

test('canonical JSON sorts keys at every level without whitespace', async () => {
  equal(canonicalJson({ timestamp: 1, purpose: 'authenticate' }), '{"purpose":"authenticate","timestamp":1}')
  equal(canonicalJson({ b: { d: 1, c: [3, { f: 1, e: 2 }] }, a: null }), '{"a":null,"b":{"c":[3,{"e":2,"f":1}],"d":1}}')
})

test('Agentries: mint a token (verified signature), then createReferralCode with it', async () => {
  const seed = seedOf(9)
  const pair = nacl.sign.keyPair.fromSeed(unhex(seed))
  const did = 'did:web:agentries.xyz:agent:abc123'
  const f = stubFetch((call) => {
    if (call.url.endsWith('/api/auth/token')) {
      const body = JSON.parse(call.body!)
      const signed = new TextEncoder().encode(canonicalJson(body.message))
      const valid = body.did === did && nacl.sign.detached.verify(signed, unhex(body.signature), pair.publicKey)
      if (!valid || Math.abs(body.message.timestamp - Date.now()) > 300_000) return json({ error: 'Invalid signature' }, 401)
      return json({ token: 'jwt.one', expires_at: Date.now() + 86_400_000, token_type: 'Bearer' })
    }
    if (call.headers.authorization !== 'Bearer jwt.one') return json({ error: 'Unauthorized' }, 401)
    if (call.method === 'POST') return json({ code: 'REF-1', created_at: 1, max_uses: 5 }, 201)
    return json({ codes: [] })
  })
  const ag = createAgentries({ did, privateKey: seed, baseUrl: AG_URL, fetch: f, dangerouslyAllowBrowser: true })
  const created = await createReferralCode(ag, { max_uses: 5 })
  equal(created, { code: 'REF-1', created_at: 1, max_uses: 5 })
  await listReferralCodes(ag)
  equal(await getAuthToken(ag), 'jwt.one')
  equal(f.calls.filter((c) => c.url.endsWith('/api/auth/token')).length, 1, 'one mint, cached')
  equal(JSON.parse(f.calls[1]!.body!), { max_uses: 5 })
})

test('Agentries: a code quota 429 is a RateLimitError after one attempt', async () => {
  const f = stubFetch(json({ error: 'Too many codes created' }, 429, { 'retry-after': '0' }))
  const ag = createAgentries({ token: 'jwt.static', baseUrl: AG_URL, fetch: f, dangerouslyAllowBrowser: true })
  const error = await rejects(createReferralCode(ag, {}))
  equal(error.name, 'RateLimitError')
  equal(f.calls.length, 1)
})

test('in a browser page, a private key needs dangerouslyAllowBrowser like a token', async () => {
  const browser = typeof (globalThis as { document?: unknown }).document !== 'undefined'
  let threw: unknown
  try {
    createAgentries({ did: 'did:web:agentries.xyz:agent:abc', privateKey: seedOf(1) })
  } catch (error) {
    threw = error
  }
  equal(isAffiliateError(threw), browser, browser ? 'refused in a page' : 'allowed outside a browser')
  createAgentries({ did: 'did:web:agentries.xyz:agent:abc', privateKey: seedOf(1), dangerouslyAllowBrowser: true })
  createAgentries() // public endpoints only: no opt-in needed
})
