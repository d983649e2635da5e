import { randomBytes } from '../shared/crypto/bytes.ts'
import type { ApiModule } from '../module.ts'
import { SandboxError } from '../shared/errors.ts'
import type { Random } from '../shared/prng.ts'
import { type Limiter, rateHeaders, secondsUntil } from '../shared/rate-limit.ts'
import { type Reply, retryAfterHeader } from '../shared/reply.ts'
import { type SandboxRequest, bearer, isObject, jsonBody } from '../shared/request.ts'
import { createRouter } from '../shared/router.ts'
import { authRoutes } from './auth.ts'
import { fail } from './context.ts'
import { signJwt, verifyJwt } from './jwt.ts'
import { referralRoutes } from './referrals.ts'
import type { AgentriesState } from './state.ts'

export interface AgentriesModuleOptions {
  st: AgentriesState
  rnd: Random
  limiter: Limiter
  /** JWT lifetime, seconds. */
  tokenTtl: number
  /** Active codes an agent may hold. */
  codeQuota: number
}

const BRIEF: Record<number, string> = { 400: 'Invalid request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed', 409: 'Conflict', 413: 'Payload too large', 429: 'Rate Limit Exceeded', 500: 'Internal error' }

/** Agentries: Ed25519-signed token minting, HS256 JWTs, the six referral endpoints, registration. */
export function createAgentriesModule(o: AgentriesModuleOptions) {
  const secret = randomBytes(32)
  const { st } = o

  const mint = (did: string): { token: string; expires_at: number; token_type: 'Bearer' } => {
    const iat = Math.floor(Date.now() / 1000)
    const exp = iat + o.tokenTtl
    return { token: signJwt(secret, { sub: did, iat, exp }), expires_at: exp * 1000, token_type: 'Bearer' }
  }

  const deps = { st, rnd: o.rnd, codeQuota: o.codeQuota, mint }
  const router = createRouter([...authRoutes(deps), ...referralRoutes(deps)])

  /** The caller's DID from a valid JWT whose subject is registered; 401 otherwise. */
  function authenticate(req: SandboxRequest): string {
    const token = bearer(req)
    if (!token) fail(401, 'Unauthorized', 'Missing bearer token')
    const result = verifyJwt(secret, token)
    if (!result.ok) fail(401, 'Unauthorized', result.reason === 'expired' ? 'Token expired' : 'Invalid token')
    if (!st.agents.has(result.claims.sub)) fail(401, 'Unauthorized', 'Token subject is not a registered agent')
    return result.claims.sub
  }

  /** Rate-limited per agent (valid JWT) or per client address. */
  function limit(req: SandboxRequest) {
    const token = bearer(req)
    const sub = token ? verifyJwt(secret, token) : undefined
    return o.limiter.take(sub?.ok ? `did:${sub.claims.sub}` : `anon:${req.remote}`)
  }

  const reply = (status: number, body: unknown, headers: Record<string, string>): Reply => ({ status, body, headers })
  const errorBody = (e: SandboxError) => ({ error: /^[A-Z_]+$/.test(e.code) ? BRIEF[e.status] ?? 'Error' : e.code, details: e.message })

  const module: ApiModule = {
    provider: 'agentries',
    prefix: '/agentries',
    handle(req) {
      const rate = limit(req)
      const headers = rateHeaders(rate)
      try {
        if (!rate.allowed) throw new SandboxError(429, 'Rate Limit Exceeded', 'Too many requests; slow down', undefined, { 'Retry-After': String(secondsUntil(rate.resetAt)) })
        const match = router.match(req.method, req.path)
        if (!match) fail(404, 'Not found', `No route for ${req.method} ${req.path}`)
        if ('allow' in match) throw new SandboxError(405, 'Method not allowed', `${req.method} is not allowed on ${req.path}`, undefined, { Allow: match.allow.join(', ') })
        const did = match.route.jwt ? authenticate(req) : ''
        const body = jsonBody(req)
        if (body !== undefined && !isObject(body)) fail(400, 'Invalid request', 'The JSON body must be an object')
        const result = match.route.handler({ req, params: match.params, body: body ?? {}, did })
        return reply(result.status ?? 200, result.body, headers)
      } catch (err) {
        const e = err instanceof SandboxError ? err : new SandboxError(500, 'Internal error', err instanceof Error ? err.message : String(err))
        return reply(e.status, errorBody(e), { ...headers, ...e.headers })
      }
    },
    errorReply: (req, status, message) => ({ status, body: { error: BRIEF[status] ?? 'Error', details: message }, headers: rateHeaders(limit(req)) }),
    faultReply: (req, status, retryAfter) => ({ status, body: { error: BRIEF[status] ?? 'Error', details: `Injected fault (HTTP ${status})` }, headers: { ...rateHeaders(limit(req)), ...retryAfterHeader(retryAfter) } }),
  }
  return { module, mint }
}
