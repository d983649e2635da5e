import type { Faults } from './faults.ts'
import type { ApiModule, Provider } from './module.ts'
import { DEFAULT_LOG_ENTRIES, pushBounded } from './shared/bounded.ts'
import { type Reply, replyText } from './shared/reply.ts'
import type { SandboxRequest } from './shared/request.ts'
import { sleep } from './shared/sleep.ts'

/** Request bodies over this many bytes get a 413 without being read further. */
export const MAX_BODY = 1024 * 1024

/** One request the sandbox served (`sandbox.log`). CORS preflights are not logged. */
export interface RequestLogEntry {
  /** Request id (`req_…`), also sent as `X-Request-Id`. */
  id: string
  /** ISO time the request arrived. */
  at: string
  /** The API it was addressed to, or null when it matched none (`GET /`, unknown paths). */
  provider: Provider | null
  /** HTTP method, upper case. */
  method: string
  /** Raw pathname plus query over HTTP; the full URL asked for through `sandbox.fetch`. */
  url: string
  /** AgentClick action name, when there is one. */
  action?: string
  /** Status sent, or `null` when the connection was dropped. */
  status: number | null
  /** Indexes of the fault rules that fired. */
  faults?: number[]
  /** Time to answer, milliseconds (injected latency included). */
  ms: number
}

/** One request as a door (the HTTP server, the in-process fetch) hands it to the handler. */
export interface Call {
  method: string
  /** What the client asked for, for the log: the raw path and query over HTTP, the full URL in process. */
  url: string
  /** The raw path and query in the sandbox's path space (`/agentref/api/v1/programs?x=1`). */
  target: string
  headers: Headers
  /** Client address, the rate-limit key of anonymous calls. */
  remote: string
  /** A module's base URL through this door, from its prefix (`/agentclick` → `http://127.0.0.1:4010/agentclick`). */
  base(prefix: string): string
  /** The body text, or `null` as soon as it passes `limit` bytes, without reading the rest. */
  body(limit: number): Promise<string | null>
  /** Aborts an injected latency wait (the client gave up). */
  signal?: AbortSignal | undefined
}

/** What a door sends back: an answer (with `close`: end the connection once the request is in, its unread rest discarded), or a dropped connection. */
export type Outcome = { drop: false; status: number; headers: Record<string, string>; text: string; close: boolean } | { drop: true }

export interface HandlerOptions {
  modules: readonly ApiModule[]
  faults: Faults
  log?: ((line: string) => void) | undefined
  /** How many entries the request log keeps (oldest dropped first). Default 10 000. */
  logEntries?: number | undefined
  /** Answers `GET /` (over HTTP: the URLs and keys). */
  index: (call: Call) => unknown
}

const EXPOSE = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after', 'x-request-id', 'idempotent-replayed', 'location']
const ALLOW_HEADERS = 'authorization, content-type, idempotency-key, x-requested-with'
const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': EXPOSE.join(', ') }

let seq = 0
const requestId = () => `req_${Date.now().toString(36)}${(++seq).toString(36).padStart(4, '0')}`

function answer(reply: Reply, id: string, close = false): Outcome {
  const text = replyText(reply)
  // A Date, as real servers send: a rate-limit reset given as a Unix time is measured against it.
  const headers: Record<string, string> = { ...CORS, date: new Date().toUTCString(), 'x-request-id': id, ...reply.headers }
  if (text !== '' && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json; charset=utf-8'
  return { drop: false, status: reply.status, headers, text, close }
}

function preflight(call: Call): Outcome {
  const asked = call.headers.get('access-control-request-headers')
  const headers = { ...CORS, 'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS', 'access-control-allow-headers': asked || ALLOW_HEADERS, 'access-control-max-age': '600' }
  return { drop: false, status: 204, headers, text: '', close: false }
}

/**
 * The sandbox, whatever door a request comes through: CORS, prefix dispatch, the body limit, fault
 * injection and the request log. Never throws: a failure inside is a 500 in the API's envelope.
 */
/** The handler every door calls, and the request log it keeps. */
export interface Handler {
  handle(call: Call): Promise<Outcome>
  requests: RequestLogEntry[]
}

export function createHandler(opts: HandlerOptions): Handler {
  const requests: RequestLogEntry[] = []

  async function handle(call: Call): Promise<Outcome> {
    const started = Date.now()
    const id = requestId()
    const method = call.method.toUpperCase()
    const q = call.target.indexOf('?')
    const pathname = q === -1 ? call.target : call.target.slice(0, q)
    const entry: RequestLogEntry = { id, at: new Date(started).toISOString(), provider: null, method, url: call.url, status: null, ms: 0 }
    const finish = (outcome: Outcome): Outcome => {
      entry.status = outcome.drop ? null : outcome.status
      entry.ms = Date.now() - started
      pushBounded(requests, entry, opts.logEntries ?? DEFAULT_LOG_ENTRIES)
      opts.log?.(`${method} ${call.url}${entry.action ? ` [${entry.action}]` : ''} → ${entry.status ?? 'dropped'} (${entry.ms} ms)${entry.faults ? ' fault' : ''}`)
      return outcome
    }
    if (method === 'OPTIONS') return preflight(call)
    const mod = opts.modules.find((m) => pathname === m.prefix || pathname.startsWith(`${m.prefix}/`))
    if (mod) entry.provider = mod.provider
    const sreq: SandboxRequest = {
      id,
      method,
      pathname,
      path: mod ? pathname.slice(mod.prefix.length) || '/' : pathname,
      query: new URLSearchParams(q === -1 ? '' : call.target.slice(q + 1)),
      headers: call.headers,
      text: '',
      remote: call.remote,
      base: mod ? call.base(mod.prefix) : '',
    }
    try {
      const text = await call.body(MAX_BODY)
      if (text === null) {
        const message = `Request bodies are limited to ${MAX_BODY} bytes`
        const reply = mod ? mod.errorReply(sreq, 413, message) : { status: 413, body: { error: 'Payload too large', details: message } }
        return finish(answer(reply, id, true))
      }
      sreq.text = text
      if (!mod) {
        const reply: Reply = pathname === '/' && method === 'GET' ? { status: 200, body: opts.index(call) } : { status: 404, body: { error: 'Not found', details: `No sandbox API is mounted at ${pathname}` } }
        return finish(answer(reply, id))
      }
      const extra = mod.faultTargets?.(sreq) ?? []
      if (mod.provider === 'agentclick' && extra[0]) entry.action = extra[0]
      const fault = opts.faults.decide([`${method} ${sreq.path}`, sreq.path, `${method} ${pathname}`, pathname, ...extra])
      if (fault) entry.faults = fault.rules
      if (fault?.latency) await sleep(fault.latency, call.signal)
      if (fault?.drop === 'before') return finish({ drop: true })
      const reply = fault?.status !== undefined ? mod.faultReply(sreq, fault.status, fault.retryAfter) : mod.handle(sreq)
      if (fault?.drop === 'after') return finish({ drop: true })
      return finish(answer(reply, id))
    } catch (err) {
      if (call.signal?.aborted && err === call.signal.reason) {
        finish({ drop: true })
        throw err
      }
      opts.log?.(`${method} ${call.url} failed inside the sandbox: ${err instanceof Error ? err.message : String(err)}`)
      return finish(answer(internalError(mod, sreq), id))
    }
  }

  return { handle, requests }
}


/** A 500 in the module's envelope when it can render one, else the sandbox's own; no exception text. */
function internalError(mod: ApiModule | undefined, req: SandboxRequest): Reply {
  const message = 'The sandbox failed to handle this request'
  try {
    if (mod) return mod.errorReply(req, 500, message)
  } catch {
    // the module itself is failing: fall back to the plain shape below
  }
  return { status: 500, body: { error: 'Internal sandbox error', details: message } }
}
