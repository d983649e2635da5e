import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { agentrefRoutes } from '../../src/sandbox/agentref/routes/index.js'
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js'
import { ref } from './helpers.js'

let sb: Sandbox
let M: string
let A: string
let O: string
const r = (key: string | undefined, method: string, path: string, body?: unknown, headers?: Record<string, string>) => ref(sb.agentrefUrl, key, method, path, body, headers)

beforeAll(async () => {
  sb = await startSandbox({ seed: 7 })
  ;({ merchant: M, affiliate: A, onboarding: O } = sb.keys.agentref)
})
afterAll(() => sb.close())

describe('AgentRef: routing and envelopes', () => {
  it('has exactly the 86 wire operations, each routed (no "No route", no 405)', async () => {
    expect(agentrefRoutes).toHaveLength(86)
    const keyFor = (keys: readonly string[]) => (keys.includes('merchant') ? M : keys.includes('affiliate') ? A : O)
    for (const route of agentrefRoutes) {
      const path = route.path.replace(/\{[^}]+\}/g, 'does-not-exist')
      const res = await r(keyFor(route.keys), route.method, path, route.method === 'GET' ? undefined : {})
      expect(res.status, `${route.method} ${route.path}`).not.toBe(405)
      expect(res.status, `${route.method} ${route.path}`).toBeLessThan(500)
      expect(res.body?.error?.message ?? '', `${route.method} ${route.path}`).not.toMatch(/^No route/)
      expect(res.body.meta.requestId).toMatch(/^req_/)
    }
  })

  it('wraps single objects in {data, meta:{requestId}} with rate-limit headers', async () => {
    const res = await r(M, 'GET', '/merchant')
    expect(res.status).toBe(200)
    expect(res.body.data.companyName).toBe('Sandbox Labs Inc.')
    expect(Object.keys(res.body.meta)).toEqual(['requestId'])
    expect(res.headers.get('x-ratelimit-limit')).toBe('1000')
    expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeLessThan(1000)
    expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('returns arrays bare in data for the array endpoints', async () => {
    const tiers = await r(M, 'GET', '/billing/tiers')
    expect(Array.isArray(tiers.body.data)).toBe(true)
    expect(tiers.body.meta.total).toBeUndefined()
    const recent = await r(M, 'GET', '/conversions/recent?limit=3')
    expect(recent.body.data).toHaveLength(3)
  })

  it('404 NOT_FOUND for unknown routes and ids; 405 for a wrong method', async () => {
    expect((await r(M, 'GET', '/nope')).body.error.code).toBe('NOT_FOUND')
    const missing = await r(M, 'GET', '/programs/prg_missing')
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ error: { code: 'NOT_FOUND' }, meta: { requestId: expect.stringMatching(/^req_/) } })
    expect((await r(M, 'PUT', '/programs')).status).toBe(405)
  })

  it('keeps encoded path parameters inside their segment', async () => {
    const res = await r(M, 'GET', '/programs/..%2Fbilling')
    expect(res.status).toBe(404)
    expect(res.body.error.message).toContain('../billing')
  })
})

describe('AgentRef: auth', () => {
  it('401 UNAUTHORIZED without a key or with an unknown key', async () => {
    for (const key of [undefined, 'ak_live_nope']) {
      const res = await r(key, 'GET', '/programs')
      expect(res.status).toBe(401)
      expect(res.body.error.code).toBe('UNAUTHORIZED')
      expect(res.headers.get('x-ratelimit-limit')).toBeTruthy()
    }
  })

  it('403 INSUFFICIENT_SCOPE for the wrong key type', async () => {
    const aff = await r(A, 'GET', '/programs')
    expect(aff.status).toBe(403)
    expect(aff.body.error).toMatchObject({ code: 'INSUFFICIENT_SCOPE', details: { requiredScope: 'programs:read', keyType: 'affiliate' } })
    expect((await r(M, 'GET', '/me/programs')).body.error.code).toBe('INSUFFICIENT_SCOPE')
    expect((await r(O, 'GET', '/payouts')).status).toBe(403)
  })

  it('lets every key read /me, and the onboarding key do setup', async () => {
    expect((await r(M, 'GET', '/me')).body.data.key.keyType).toBe('merchant')
    expect((await r(A, 'GET', '/me')).body.data.key.ownerType).toBe('affiliate')
    expect((await r(O, 'POST', '/onboarding/merchant', { companyName: 'Setup Co' })).body.data.companyName).toBe('Setup Co')
    expect((await r(O, 'POST', '/programs', { name: 'Onb', commissionType: 'one_time', commissionPercent: 5 })).status).toBe(201)
  })

  it('403 FORBIDDEN for a program the affiliate has not joined', async () => {
    const programs = (await r(M, 'GET', '/programs?pageSize=100')).body.data as { id: string; name: string }[]
    const legacy = programs.find((p) => p.name === 'Sandbox Legacy Program')!
    const res = await r(A, 'GET', `/me/programs/${legacy.id}`)
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('FORBIDDEN')
  })
})

describe('AgentRef: validation', () => {
  it('400 VALIDATION_ERROR with details for missing required fields and bad enums', async () => {
    const res = await r(M, 'POST', '/programs', { name: 'X', commissionType: 'percentage' })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('VALIDATION_ERROR')
    expect(res.body.error.details).toEqual({ commissionType: expect.stringContaining('one_time'), commissionPercent: 'is required' })
    const payout = await r(M, 'POST', '/payouts', { affiliateId: 'a', programId: 'p', method: 'cheque' })
    expect(payout.body.error.details).toHaveProperty('method')
    const q = await r(M, 'GET', '/programs?status=deleted')
    expect(q.status).toBe(400)
    expect(q.body.error.details).toHaveProperty('status')
  })

  it('400 BAD_REQUEST for malformed JSON', async () => {
    const res = await fetch(`${sb.agentrefUrl}/programs`, { method: 'POST', headers: { authorization: `Bearer ${M}`, 'content-type': 'application/json' }, body: '{"name":' })
    expect(res.status).toBe(400)
    expect(((await res.json()) as any).error.code).toBe('BAD_REQUEST')
  })
})

describe('AgentRef: pagination', () => {
  it('honours page/pageSize and limit, with full meta', async () => {
    const p2 = await r(M, 'GET', '/conversions?page=2&pageSize=10')
    expect(p2.body.data).toHaveLength(10)
    expect(p2.body.meta).toMatchObject({ page: 2, pageSize: 10, hasMore: true, total: expect.any(Number), requestId: expect.any(String) })
    const byLimit = await r(M, 'GET', '/conversions?limit=5')
    expect(byLimit.body.meta.pageSize).toBe(5)
    const last = await r(M, 'GET', `/conversions?pageSize=10&page=${Math.ceil(p2.body.meta.total / 10)}`)
    expect(last.body.meta.hasMore).toBe(false)
    expect(last.body.meta.nextCursor).toBeUndefined()
    expect((await r(M, 'GET', '/conversions?pageSize=101')).status).toBe(400)
  })

  it('walks every item exactly once by nextCursor', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    let total = 0
    for (let i = 0; i < 20; i++) {
      const res = await r(M, 'GET', `/conversions?limit=7${cursor ? `&cursor=${cursor}` : ''}`)
      total = res.body.meta.total
      seen.push(...res.body.data.map((c: { id: string }) => c.id))
      if (!res.body.meta.hasMore) break
      cursor = res.body.meta.nextCursor
      expect(cursor).toBeTypeOf('string')
    }
    expect(seen).toHaveLength(total)
    expect(new Set(seen).size).toBe(total)
    expect((await r(M, 'GET', '/conversions?cursor=garbage!')).status).toBe(400)
  })
})

describe('AgentRef: idempotency', () => {
  async function payable() {
    const pending = await r(M, 'GET', '/payouts/pending')
    return pending.body.data[0] as { affiliateId: string; programId: string }
  }

  it('replays the first response for the same key and body, 409 for a different body', async () => {
    const { affiliateId, programId } = await payable()
    const before = sb.counts().agentref.payouts
    const body = { affiliateId, programId, method: 'paypal' }
    const first = await r(M, 'POST', '/payouts', body, { 'idempotency-key': 'pay-1' })
    expect(first.status).toBe(201)
    const again = await r(M, 'POST', '/payouts', { method: 'paypal', programId, affiliateId }, { 'idempotency-key': 'pay-1' })
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    expect(sb.counts().agentref.payouts).toBe(before + 1)

    const reused = await r(M, 'POST', '/payouts', { ...body, notes: 'different' }, { 'idempotency-key': 'pay-1' })
    expect(reused.status).toBe(409)
    expect(reused.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED')
    expect(sb.counts().agentref.payouts).toBe(before + 1)
  })

  it('scopes keys per API key and ignores them on non-POST', async () => {
    const a = await r(M, 'POST', '/programs', { name: 'Scoped', commissionType: 'one_time', commissionPercent: 10 }, { 'idempotency-key': 'shared' })
    const b = await r(O, 'POST', '/programs', { name: 'Scoped', commissionType: 'one_time', commissionPercent: 10 }, { 'idempotency-key': 'shared' })
    expect(a.status).toBe(201)
    expect(b.status).toBe(201)
    expect(b.body.data.id).not.toBe(a.body.data.id)
    const p1 = await r(M, 'PATCH', `/programs/${a.body.data.id}`, { name: 'One' }, { 'idempotency-key': 'k' })
    const p2 = await r(M, 'PATCH', `/programs/${a.body.data.id}`, { name: 'Two' }, { 'idempotency-key': 'k' })
    expect([p1.body.data.name, p2.body.data.name]).toEqual(['One', 'Two'])
  })

  it('409 CONFLICT when there is nothing left to pay', async () => {
    const { affiliateId, programId } = await payable()
    expect((await r(M, 'POST', '/payouts', { affiliateId, programId, method: 'bank_transfer' })).status).toBe(201)
    const res = await r(M, 'POST', '/payouts', { affiliateId, programId, method: 'bank_transfer' })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('CONFLICT')
  })
})

describe('AgentRef: behaviour', () => {
  it('programs CRUD and stats stay consistent', async () => {
    const created = await r(M, 'POST', '/programs', { name: 'CRUD', commissionType: 'recurring', commissionPercent: 12.5, currency: 'eur' })
    const id = created.body.data.id
    expect(created.body.data).toMatchObject({ name: 'CRUD', status: 'active', currency: 'EUR' })
    expect((await r(M, 'GET', `/programs/${id}`)).body.data.readiness).toBe('setup')
    expect((await r(M, 'PATCH', `/programs/${id}`, { status: 'paused' })).body.data.status).toBe('paused')
    expect((await r(M, 'GET', `/programs/${id}/stats`)).body.data).toMatchObject({ programId: id, totalConversions: 0 })
    expect((await r(M, 'DELETE', `/programs/${id}`)).status).toBe(200)
    expect((await r(M, 'GET', `/programs/${id}`)).status).toBe(404)
  })

  it('approving an application creates an approved affiliate', async () => {
    const apps = await r(M, 'GET', '/applications?status=pending')
    const app = apps.body.data[0]
    const approved = await r(M, 'POST', `/applications/${app.id}/approve`, { note: 'welcome' })
    expect(approved.body.data).toMatchObject({ status: 'approved', affiliateId: expect.any(String) })
    const affiliate = await r(M, 'GET', `/affiliates/${approved.body.data.affiliateId}?include=stats`)
    expect(affiliate.body.data).toMatchObject({ status: 'approved', programId: app.programId, stats: expect.any(Object) })
    expect((await r(M, 'POST', `/applications/${app.id}/decline`)).status).toBe(409)
    expect((await r(M, 'POST', `/affiliates/${affiliate.body.data.id}/block`, { reason: 'test' })).body.data.status).toBe('blocked')
    expect((await r(M, 'POST', `/affiliates/${affiliate.body.data.id}/unblock`)).body.data.status).toBe('approved')
  })

  it('recordConversion feeds lists, stats and pending payouts', async () => {
    const affiliate = (await r(M, 'GET', '/affiliates?pageSize=1')).body.data[0]
    const before = (await r(M, 'GET', `/conversions/stats?programId=${affiliate.programId}`)).body.data.total
    const c = sb.recordConversion({ programId: affiliate.programId, affiliateId: affiliate.id, amount: 10_000 })
    expect((await r(M, 'GET', `/conversions/stats?programId=${affiliate.programId}`)).body.data.total).toBe(before + 1)
    expect((await r(M, 'GET', '/conversions/recent?limit=1')).body.data[0].id).toBe(c.id)
  })

  it('affiliate workspace: links CRUD, marketplace apply', async () => {
    const link = await r(A, 'POST', '/me/links', { name: 'Blog', destination_path: '/pricing' })
    expect(link.status).toBe(201)
    expect(link.body.data.url).toContain('/pricing')
    expect((await r(A, 'PATCH', `/me/links/${link.body.data.id}`, { isActive: false })).body.data.isActive).toBe(false)
    expect((await r(A, 'GET', '/me/links')).body.data.some((l: { id: string }) => l.id === link.body.data.id)).toBe(true)
    expect((await r(A, 'DELETE', `/me/links/${link.body.data.id}`)).status).toBe(200)
    const market = await r(A, 'GET', '/marketplace/programs?sort=commission')
    const target = market.body.data.find((p: { joined: boolean }) => !p.joined)
    const applied = await r(A, 'POST', `/marketplace/apply/${target.id}`, { message: 'hi' })
    expect(applied.status).toBe(201)
    expect((await r(A, 'POST', `/marketplace/apply/${target.id}`, {})).status).toBe(409)
  })
})

describe('AgentRef: marketing resources', () => {
  it('create → upload → publish → affiliate render, consistently', async () => {
    const program = (await r(A, 'GET', '/me/programs')).body.data[0].programId as string
    const post = await r(M, 'POST', `/programs/${program}/marketing-resources/social-posts`, { title: 'Promo', body: 'Try it: {{affiliate_link}}', platforms: ['x'] })
    expect(post.status).toBe(201)
    const id = post.body.data.id
    const session = (await r(M, 'POST', `/marketing-resources/social-posts/${id}/media/upload-sessions`, { program_id: program, file_name: 'a.png', mime_type: 'image/png', file_size_bytes: 1000 })).body.data
    expect(session).toMatchObject({ upload_path: expect.any(String), upload_token: expect.any(String), signed_url: expect.any(String), expires_in_seconds: 900 })
    const done = await r(M, 'POST', `/marketing-resources/social-posts/${id}/media/complete`, { program_id: program, upload_path: session.upload_path, upload_token: session.upload_token, file_name: 'a.png' })
    expect(done.body.data.media).toHaveLength(1)
    expect((await r(M, 'POST', `/marketing-resources/social-posts/${id}/media/complete`, { program_id: program, upload_path: session.upload_path, upload_token: session.upload_token, file_name: 'a.png' })).status).toBe(400)
    expect((await r(A, 'GET', `/me/marketing-resources/${id}?program_id=${program}`)).status).toBe(404)
    const published = await r(M, 'POST', `/marketing-resources/${id}/publish`, { program_id: program, notify_affiliates: true })
    expect(published.body.data).toMatchObject({ resource: { status: 'published' }, notification: { requested: true } })
    expect((await r(A, 'GET', `/me/programs/${program}/marketing-resources?kind=social_posts`)).body.data.some((x: { id: string }) => x.id === id)).toBe(true)
    const rendered = await r(A, 'POST', `/me/marketing-resources/social-posts/${id}/render`, { program_id: program })
    expect(rendered.body.data.body).toMatch(/^Try it: https?:\/\//)
    expect((await r(M, 'POST', `/marketing-resources/${id}/archive`, { program_id: program })).body.data.status).toBe('archived')
  })
})

describe('AgentRef: rate limit', () => {
  it('429 RATE_LIMITED with Retry-After once the per-key budget is spent', async () => {
    const small = await startSandbox({ limits: { agentref: 2 } })
    try {
      const key = small.keys.agentref.merchant
      const statuses = []
      for (let i = 0; i < 3; i++) statuses.push(await ref(small.agentrefUrl, key, 'GET', '/billing'))
      expect(statuses.map((s) => s.status)).toEqual([200, 200, 429])
      expect(statuses.map((s) => s.headers.get('x-ratelimit-remaining'))).toEqual(['1', '0', '0'])
      expect(statuses[2]!.body.error.code).toBe('RATE_LIMITED')
      expect(Number(statuses[2]!.headers.get('retry-after'))).toBeGreaterThan(0)
      expect((await ref(small.agentrefUrl, small.keys.agentref.affiliate, 'GET', '/me')).status).toBe(200)
    } finally {
      await small.close()
    }
  })
})

describe('AgentRef: types the official SDKs declare', () => {
  it('a public invite has email "" (a string, as the SDKs declare), never null, in create, list and get', async () => {
    const programs = (await r(M, 'GET', '/programs?pageSize=100')).body.data as Array<{ id: string }>
    const seen: unknown[] = []
    for (const p of programs) {
      const made = await r(M, 'POST', `/programs/${p.id}/invites`, { isPublic: true })
      expect(made.status).toBe(201)
      expect(made.body.data.email).toBe('')
      const listed = (await r(M, 'GET', `/programs/${p.id}/invites`)).body.data as Array<{ token: string; email: unknown }>
      for (const invite of listed) {
        seen.push(invite.email)
        expect((await r(A, 'GET', `/invites/${invite.token}`)).body.data.email).toBe(invite.email)
      }
    }
    expect(seen).toContain('')
    expect(seen.every((email) => typeof email === 'string')).toBe(true)
    const named = await r(M, 'POST', `/programs/${programs[0]?.id}/invites`, { email: 'someone@partners.test' })
    expect(named.body.data.email).toBe('someone@partners.test')
  })
})
