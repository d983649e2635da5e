// For any request (any route of the three APIs with any ids, any method, any body, any query,
// with or without a valid credential), the sandbox answers in the documented envelope of the API
// it was sent to, and never with a 500.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { agentActions } from '../../src/sandbox/agentclick/actions/agent.js'
import { commonActions } from '../../src/sandbox/agentclick/actions/common.js'
import { publisherActions } from '../../src/sandbox/agentclick/actions/publisher.js'
import { agentrefRoutes } from '../../src/sandbox/agentref/routes/index.js'
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js'

let sb: Sandbox
const agentclickActions = [...Object.keys(commonActions(() => [])), ...Object.keys(publisherActions), ...Object.keys(agentActions)]
beforeAll(async () => {
  sb = await startSandbox({ seed: 23, limits: { agentref: 1e6, agentclickRead: 1e6, agentclickWrite: 1e6, agentries: 1e6 } })
})
afterAll(() => sb.close())

const AGENTRIES_ROUTES = ['POST /api/auth/token', 'POST /api/agents/register', 'GET /api/agents/{did}/referrals', 'GET /api/referrals/code', 'POST /api/referrals/code', 'DELETE /api/referrals/code/{code}', 'GET /api/referrals/my', 'GET /api/referrals/stats']
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

const segment = fc.oneof(fc.string({ maxLength: 12 }).map(encodeURIComponent), fc.constantFrom('%', '%zz', '..', '.', '%2F', 'null', '0', '-1', 'prg_x'))
const body = fc.oneof(
  fc.constant(undefined),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 40 }),
  fc.dictionary(fc.constantFrom('name', 'email', 'programId', 'affiliateId', 'status', 'amount', 'action', 'params', 'did', 'message', 'signature', 'code', 'max_uses', 'platforms', 'program_id', 'subscribedEvents', 'url'), fc.jsonValue({ maxDepth: 2 })).map((v) => JSON.stringify(v)),
)
const query = fc.array(fc.tuple(fc.constantFrom('page', 'pageSize', 'limit', 'offset', 'cursor', 'status', 'period', 'program_id', 'programId', 'include', 'sortBy', 'from', 'to', 'kind'), fc.string({ maxLength: 8 })), { maxLength: 3 }).map((pairs) => (pairs.length ? `?${new URLSearchParams(pairs)}` : ''))
const fill = (template: string) => fc.array(segment, { minLength: 3, maxLength: 3 }).map((ids) => template.replace(/\{[^}]+\}/g, () => ids.shift() || 'x'))

interface Sent {
  api: 'agentref' | 'agentclick' | 'agentries'
  method: string
  path: string
  body: string | undefined
  auth: 'valid' | 'invalid' | 'none'
  /** The credential sent when `auth` is 'invalid'. */
  bad: string
  idempotencyKey: string | undefined
}

const request = (): fc.Arbitrary<Sent> => {
  const auth = fc.constantFrom('valid' as const, 'valid' as const, 'valid' as const, 'invalid' as const, 'none' as const)
  const method = (declared: string) => fc.oneof({ weight: 4, arbitrary: fc.constant(declared) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) })
  const agentref = fc.constantFrom(...agentrefRoutes).chain((route) =>
    fc.record({ api: fc.constant('agentref' as const), method: method(route.method), path: fill(route.path).chain((p) => query.map((q) => p + q)), body, auth, bad: badCredential, idempotencyKey: fc.option(fc.constantFrom('k1', 'k2', ' ', 'k3'), { nil: undefined }) }),
  )
  const agentclick = fc.record({
    api: fc.constant('agentclick' as const),
    method: fc.oneof({ weight: 5, arbitrary: fc.constant('POST') }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
    path: fc.constant('/api/mcp.php'),
    body: fc.oneof(body, fc.record({ action: fc.oneof(fc.constantFrom(...agentclickActions), fc.string({ maxLength: 10 })), params: fc.oneof(fc.dictionary(fc.constantFrom('program_id', 'partnership_id', 'order_id', 'amount', 'page', 'per_page', 'limit', 'query', 'category', 'status', 'url', 'message'), fc.jsonValue({ maxDepth: 1 })), fc.jsonValue({ maxDepth: 1 })) }, { requiredKeys: [] }).map((v) => JSON.stringify(v))),
    auth,
    bad: badCredential,
    idempotencyKey: fc.constant(undefined),
  })
  const agentries = fc.constantFrom(...AGENTRIES_ROUTES).chain((r) => {
    const [m = 'GET', template = '/'] = r.split(' ')
    return fc.record({ api: fc.constant('agentries' as const), method: method(m), path: fill(template).chain((p) => query.map((q) => p + q)), body, auth, bad: badCredential, idempotencyKey: fc.constant(undefined) })
  })
  return fc.oneof(agentref, agentclick, agentries)
}

const JWT_HEAD = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')
const badCredential = fc.oneof(
  fc.constantFrom('not-a-key', 'a.b.c', `${JWT_HEAD}.bnVsbA.c2ln`, `${JWT_HEAD}.W10.c2ln`, `bnVsbA.${JWT_HEAD}.c2ln`, `${JWT_HEAD}..`),
  fc.tuple(fc.jsonValue({ maxDepth: 1 }), fc.base64String({ maxLength: 8 })).map(([claims, sig]) => `${JWT_HEAD}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${sig}`),
)

const base = (api: Sent['api']) => (api === 'agentref' ? sb.agentrefUrl : api === 'agentclick' ? `${sb.url}/agentclick` : sb.agentriesUrl)
const credential = (s: Sent) => (s.auth === 'none' ? undefined : s.auth === 'invalid' ? s.bad : s.api === 'agentref' ? sb.keys.agentref.merchant : s.api === 'agentclick' ? sb.keys.agentclick.agent : sb.mintAgentriesToken())

function envelopeOf(api: Sent['api'], status: number, parsed: any): boolean {
  if (api === 'agentref') return status < 400 ? parsed !== null && typeof parsed === 'object' && 'data' in parsed && typeof parsed.meta?.requestId === 'string' : typeof parsed?.error?.code === 'string' && typeof parsed.error.message === 'string' && typeof parsed.meta?.requestId === 'string'
  if (api === 'agentclick') return typeof parsed?.success === 'boolean' && typeof parsed.message === 'string' && (status < 400) === parsed.success
  return status < 400 ? parsed !== null && typeof parsed === 'object' : typeof parsed?.error === 'string'
}

describe('any request', () => {
  it('is answered in the API’s documented envelope, never with a 500 (1000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(request(), async (s) => {
        const headers: Record<string, string> = {}
        const key = credential(s)
        if (key) headers.authorization = `Bearer ${key}`
        if (s.body !== undefined) headers['content-type'] = 'application/json'
        if (s.idempotencyKey !== undefined) headers['idempotency-key'] = s.idempotencyKey
        const res = await fetch(`${base(s.api)}${s.path}`, { method: s.method, headers, body: s.method === 'GET' ? undefined : s.body })
        const text = await res.text()
        const label = `${s.method} ${s.api}${s.path} ${s.body ?? ''} → ${res.status} ${text.slice(0, 300)}`
        expect(res.status, label).toBeLessThan(500)
        expect(envelopeOf(s.api, res.status, text ? JSON.parse(text) : undefined), label).toBe(true)
      }),
      { numRuns: 1000 },
    )
  }, 60_000)
})
