import type { ApiModule } from '../module.ts'
import { SandboxError } from '../shared/errors.ts'
import type { Random } from '../shared/prng.ts'
import type { Limiter } from '../shared/rate-limit.ts'
import { type Reply, retryAfterHeader } from '../shared/reply.ts'
import { type SandboxRequest, bearer, isObject, jsonBody } from '../shared/request.ts'
import { check } from '../shared/validate.ts'
import { agentActions } from './actions/agent.ts'
import { commonActions } from './actions/common.ts'
import { publisherActions, recordClick } from './actions/publisher.ts'
import type { AcAction, AcCtx, Group } from './context.ts'
import type { AcUser, AgentClickState, Role } from './types.ts'

/** Role → action groups (§2). */
const GROUPS: Record<Role, readonly Group[]> = { agent: ['common', 'publisher', 'agent'], publisher: ['common', 'publisher'], advertiser: ['common'] }

export interface AgentClickModuleOptions {
  st: AgentClickState
  rnd: Random
  read: Limiter
  write: Limiter
}

const ok = (message: string, data: unknown): Reply => ({ status: 200, body: { success: true, message, data } })
const err = (status: number, message: string, headers?: Record<string, string>): Reply => ({ status, body: { success: false, message }, ...(headers ? { headers } : {}) })

/** AgentClick: one RPC endpoint (`POST /api/mcp.php`), 24 actions, role groups, read/write limits. */
export function createAgentClickModule(o: AgentClickModuleOptions): ApiModule & { actions: Readonly<Record<string, AcAction>> } {
  const allowed = (role: string) => Object.keys(actions).filter((name) => actions[name]?.group === 'none' || GROUPS[role as Role]?.includes(actions[name]?.group as Group))
  const actions: Record<string, AcAction> = { ...commonActions(allowed), ...publisherActions, ...agentActions }

  function parse(req: SandboxRequest): { action: string; params: Record<string, unknown> } {
    const body = jsonBody(req)
    if (!isObject(body)) throw new SandboxError(400, 'BAD_REQUEST', 'The body must be a JSON object: {"action": "...", "params": {...}}')
    if (typeof body.action !== 'string' || body.action === '') throw new SandboxError(400, 'BAD_REQUEST', 'Missing "action"')
    if (body.params !== undefined && body.params !== null && !isObject(body.params)) throw new SandboxError(400, 'BAD_REQUEST', '"params" must be an object')
    return { action: body.action, params: (body.params as Record<string, unknown> | null | undefined) ?? {} }
  }

  function rpc(req: SandboxRequest): Reply {
    if (req.method !== 'POST') return err(405, 'Only POST is supported', { Allow: 'POST' })
    const { action: name, params } = parse(req)
    const def = Object.hasOwn(actions, name) ? actions[name] : undefined
    let user: AcUser | undefined
    if (def?.group !== 'none') {
      const key = bearer(req)
      user = key === undefined ? undefined : o.st.users.get(key)
      if (!user) return err(401, key === undefined ? 'API key required' : 'Invalid API key')
    }
    if (!def) return err(400, `Unknown action: ${name}`)
    if (user) {
      if (!GROUPS[user.role].includes(def.group)) return err(403, `The ${user.role} role cannot call ${name}`)
      if (!(def.write ? o.write : o.read).take(user.key).allowed) return err(429, `Rate limit exceeded (${def.write ? 'write' : 'read'}); wait one minute and retry`)
      user.request_count++
      user.last_used_at = new Date().toISOString()
    }
    const issues = def.params ? check(params, def.params) : []
    const missing = issues.find((i) => i.problem === 'required')
    if (missing) return err(422, `Missing required parameter: ${missing.field}`)
    if (issues[0]) return err(400, `Invalid parameter ${issues[0].field}: ${issues[0].message}`)
    const ctx: AcCtx = { st: o.st, rnd: o.rnd, user: user as AcUser, params, base: req.base }
    const result = def.run(ctx)
    return ok(result.message ?? 'Success', result.data)
  }

  /** Sandbox extra: `GET /agentclick/r/{tracking_code}` records a click and redirects to the LP. */
  function redirect(req: SandboxRequest): Reply {
    const code = req.path.slice('/r/'.length)
    const p = [...o.st.partnerships.values()].find((x) => x.tracking_code === code && x.status === 'approved')
    const program = p && o.st.programs.get(p.program_id)
    if (!p || !program) return err(404, 'Unknown tracking link')
    const click = recordClick({ st: o.st }, p, 'redirect', req.headers.get('user-agent'))
    return { status: 302, headers: { Location: `${program.lp_url}?ac_click=${click.id}` } }
  }

  return {
    provider: 'agentclick',
    prefix: '/agentclick',
    actions,
    faultTargets(req) {
      try {
        const body = JSON.parse(req.text) as unknown
        return isObject(body) && typeof body.action === 'string' ? [body.action] : []
      } catch {
        return []
      }
    },
    handle(req) {
      try {
        if (req.path === '/api/mcp.php') return rpc(req)
        if (req.method === 'GET' && /^\/r\/[0-9a-f]{32}$/.test(req.path)) return redirect(req)
        return err(404, `Not found: ${req.path}`)
      } catch (e) {
        if (e instanceof SandboxError) return err(e.status, e.message)
        return err(500, `Sandbox failure: ${e instanceof Error ? e.message : String(e)}`)
      }
    },
    errorReply: (_req, status, message) => err(status, message),
    faultReply: (_req, status, retryAfter) => err(status, `Injected fault (HTTP ${status})`, retryAfterHeader(retryAfter)),
  }
}
