import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Faults } from './faults.js'
import type { ApiModule, Provider } from './module.js'
import { type Reply, replyText } from './shared/reply.js'
import type { SandboxRequest } from './shared/request.js'

const MAX_BODY = 1024 * 1024
/** The request log keeps the most recent entries only. */
const MAX_LOG = 10_000

export interface RequestLogEntry {
  id: string
  /** ISO time the request arrived. */
  at: string
  provider: Provider | null
  method: string
  /** Raw pathname plus query. */
  url: string
  /** AgentClick action name, when there is one. */
  action?: string
  /** Status sent, or `null` when the connection was dropped. */
  status: number | null
  /** Indexes of the fault rules that fired. */
  faults?: number[]
  ms: number
}

export interface ServerOptions {
  host: string
  port: number
  modules: readonly ApiModule[]
  faults: Faults
  log?: ((line: string) => void) | undefined
  /** Answers `GET /`. */
  index: () => unknown
}

const EXPOSE = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after', 'x-request-id', 'idempotent-replayed', 'location']
const ALLOW_HEADERS = 'authorization, content-type, idempotency-key, x-requested-with'
const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': EXPOSE.join(', ') }

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size <= MAX_BODY) chunks.push(c)
    })
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

let seq = 0
const requestId = () => `req_${Date.now().toString(36)}${(++seq).toString(36).padStart(4, '0')}`

function write(res: http.ServerResponse, reply: Reply, id: string): void {
  const text = replyText(reply)
  const headers: Record<string, string> = { ...CORS, 'x-request-id': id, ...reply.headers }
  if (text !== '' && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json; charset=utf-8'
  res.writeHead(reply.status, headers).end(text)
}

/** The loopback HTTP server: CORS, prefix dispatch, fault injection, request log. */
export async function startServer(opts: ServerOptions) {
  const requests: RequestLogEntry[] = []
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

  const server = http.createServer(async (req, res) => {
    const started = Date.now()
    const id = requestId()
    const rawUrl = req.url ?? '/'
    const q = rawUrl.indexOf('?')
    const pathname = q === -1 ? rawUrl : rawUrl.slice(0, q)
    const method = (req.method ?? 'GET').toUpperCase()
    const entry: RequestLogEntry = { id, at: new Date(started).toISOString(), provider: null, method, url: rawUrl, status: null, ms: 0 }
    const finish = (status: number | null) => {
      entry.status = status
      entry.ms = Date.now() - started
      requests.push(entry)
      if (requests.length > MAX_LOG) requests.splice(0, requests.length - MAX_LOG)
      opts.log?.(`${method} ${rawUrl}${entry.action ? ` [${entry.action}]` : ''} → ${status ?? 'dropped'} (${entry.ms} ms)${entry.faults ? ' fault' : ''}`)
    }
    try {
      if (method === 'OPTIONS') {
        const asked = req.headers['access-control-request-headers']
        res
          .writeHead(204, {
            ...CORS,
            'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
            'access-control-allow-headers': typeof asked === 'string' && asked ? asked : ALLOW_HEADERS,
            'access-control-max-age': '600',
          })
          .end()
        return
      }
      const text = await readBody(req)
      const mod = opts.modules.find((m) => pathname === m.prefix || pathname.startsWith(`${m.prefix}/`))
      if (text === null) return finish(write413(res, id))
      if (!mod) {
        const reply: Reply = pathname === '/' && method === 'GET' ? { status: 200, body: opts.index() } : { status: 404, body: { error: 'Not found', details: `No sandbox API is mounted at ${pathname}` } }
        write(res, reply, id)
        return finish(reply.status)
      }
      entry.provider = mod.provider
      const sreq: SandboxRequest = {
        id,
        method,
        pathname,
        path: pathname.slice(mod.prefix.length) || '/',
        query: new URLSearchParams(q === -1 ? '' : rawUrl.slice(q + 1)),
        headers: req.headers,
        text,
        remote: req.socket.remoteAddress ?? 'unknown',
      }
      const extra = mod.faultTargets?.(sreq) ?? []
      if (mod.provider === 'agentclick' && extra[0]) entry.action = extra[0]
      const targets = [`${method} ${sreq.path}`, sreq.path, `${method} ${pathname}`, pathname, ...extra]
      const fault = opts.faults.decide(targets)
      if (fault) entry.faults = fault.rules
      if (fault?.latency) await sleep(fault.latency)
      if (fault?.drop === 'before') {
        req.socket.destroy()
        return finish(null)
      }
      const reply = fault?.status !== undefined ? mod.faultReply(sreq, fault.status, fault.retryAfter) : mod.handle(sreq)
      if (fault?.drop === 'after') {
        req.socket.destroy()
        return finish(null)
      }
      write(res, reply, id)
      finish(reply.status)
    } catch (err) {
      if (!res.headersSent) write(res, { status: 500, body: { error: 'Internal sandbox error', details: String(err) } }, id)
      else res.destroy()
      finish(500)
    }
  })
  server.keepAliveTimeout = 5000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host

  return {
    url: `http://${host}:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function write413(res: http.ServerResponse, id: string): number {
  write(res, { status: 413, body: { error: 'Payload too large', details: `Bodies are limited to ${MAX_BODY} bytes` } }, id)
  return 413
}
