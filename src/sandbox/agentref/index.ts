import type { ApiModule } from '../module.ts'
import { SandboxError, codeForStatus } from '../shared/errors.ts'
import type { Random } from '../shared/prng.ts'
import { type Limiter, rateHeaders, secondsUntil } from '../shared/rate-limit.ts'
import { type Reply, replyText, retryAfterHeader } from '../shared/reply.ts'
import { type SandboxRequest, bearer, header, isObject, jsonBody } from '../shared/request.ts'
import { createRouter } from '../shared/router.ts'
import type { RefCtx } from './context.ts'
import type { Emit } from './events.ts'
import { type IdempotencyStore, fingerprint } from './idempotency.ts'
import { agentrefRoutes } from './routes/index.ts'
import { scopesFor } from './scopes.ts'
import type { AgentRefState, KeyType, RefKey } from './types.ts'

export interface AgentRefModuleOptions {
  st: AgentRefState
  rnd: Random
  keys: Record<KeyType, string>
  limiter: Limiter
  idempotency: IdempotencyStore
  emit: Emit
}

function errorBody(requestId: string, code: string, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details }, meta: { requestId } }
}

/** AgentRef REST v1: auth by key type, rate-limit headers, idempotent POSTs, §4/§5 envelopes. */
export function createAgentRefModule(o: AgentRefModuleOptions): ApiModule {
  const router = createRouter(agentrefRoutes)
  const keys = new Map<string, RefKey>((Object.entries(o.keys) as [KeyType, string][]).map(([type, key]) => [key, { key, type, scopes: scopesFor(type) }]))

  /** The caller's key (if known) and its rate-limit decision; every response carries the headers. */
  function limit(req: SandboxRequest) {
    const apiKey = bearer(req)
    const key = apiKey === undefined ? undefined : keys.get(apiKey)
    const rate = o.limiter.take(key ? key.key : `anon:${req.remote}`)
    return { apiKey, key, rate, headers: rateHeaders(rate) }
  }

  function handle(req: SandboxRequest): Reply {
    const { apiKey, key, rate, headers } = limit(req)
    let idem: { key: string; print: string } | undefined
    try {
      if (!rate.allowed) throw new SandboxError(429, 'RATE_LIMITED', 'Too many requests', undefined, { 'Retry-After': String(secondsUntil(rate.resetAt)) })
      const match = router.match(req.method, req.path)
      if (!match) throw new SandboxError(404, 'NOT_FOUND', `No route for ${req.method} ${req.path}`)
      if ('allow' in match) throw new SandboxError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${req.path}`, undefined, { Allow: match.allow.join(', ') })
      if (!key) throw new SandboxError(401, 'UNAUTHORIZED', apiKey === undefined ? 'Missing API key: send Authorization: Bearer <key>' : 'Invalid API key')
      if (!match.route.keys.includes(key.type)) throw new SandboxError(403, 'INSUFFICIENT_SCOPE', `A ${key.type} key cannot call ${match.route.method} ${match.route.path}`, { requiredScope: match.route.scope, keyType: key.type })
      const body = jsonBody(req)
      if (body !== undefined && !isObject(body)) throw new SandboxError(400, 'BAD_REQUEST', 'The JSON body must be an object')
      const idemKey = req.method === 'POST' ? header(req, 'idempotency-key')?.trim() : undefined
      if (idemKey) {
        idem = { key: idemKey, print: fingerprint(req.method, req.path, body, req.text) }
        const hit = o.idempotency.lookup(key.key, idemKey, idem.print)
        if (hit.kind === 'replay') return { status: hit.status, headers: { ...headers, ...hit.headers, 'Idempotent-Replayed': 'true' }, text: hit.text }
        if (hit.kind === 'mismatch') {
          idem = undefined
          throw new SandboxError(409, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used with a different request body')
        }
      }
      const ctx: RefCtx = { st: o.st, rnd: o.rnd, key, params: match.params, query: req.query, body: body ?? {}, emit: o.emit }
      const result = match.route.handler(ctx)
      return remember({ status: result.status ?? 200, headers, body: { data: result.data, meta: { ...result.meta, requestId: req.id } } })
    } catch (err) {
      const e = err instanceof SandboxError ? err : new SandboxError(500, 'INTERNAL_ERROR', `Sandbox failure: ${err instanceof Error ? err.message : String(err)}`)
      return remember({ status: e.status, headers: { ...headers, ...e.headers }, body: errorBody(req.id, e.code, e.message, e.details) })
    }

    /** Stores the answer under the request's Idempotency-Key (not 5xx, not 429). */
    function remember(reply: Reply): Reply {
      if (!idem || !key || reply.status >= 500 || reply.status === 429) return reply
      const text = replyText(reply)
      o.idempotency.store(key.key, idem.key, idem.print, reply.status, text)
      return { ...reply, text }
    }
  }

  return {
    provider: 'agentref',
    prefix: '/agentref/api/v1',
    handle,
    errorReply: (req, status, message) => ({ status, headers: limit(req).headers, body: errorBody(req.id, codeForStatus(status), message) }),
    faultReply: (req, status, retryAfter) => ({
      status,
      headers: { ...limit(req).headers, ...retryAfterHeader(retryAfter) },
      body: errorBody(req.id, codeForStatus(status), `Injected fault (HTTP ${status})`),
    }),
  }
}

export const AGENTREF_OPERATION_COUNT = agentrefRoutes.length
