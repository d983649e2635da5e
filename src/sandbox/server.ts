import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Faults } from './faults.ts'
import type { ApiModule, Provider } from './module.ts'
import { DEFAULT_LOG_ENTRIES, pushBounded } from './shared/bounded.ts'
import { type Reply, replyText } from './shared/reply.ts'
import type { SandboxRequest } from './shared/request.ts'

const MAX_BODY = 1024 * 1024
/** How long a connection closed after a 413 may linger once the answer is sent. */
const CLOSE_GRACE_MS = 100

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
  /** How many entries the request log keeps (oldest dropped first). Default 10 000. */
  logEntries?: number
  /** Answers `GET /`. */
  index: () => unknown
}

const EXPOSE = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after', 'x-request-id', 'idempotent-replayed', 'location']
const ALLOW_HEADERS = 'authorization, content-type, idempotency-key, x-requested-with'
const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': EXPOSE.join(', ') }

/**
 * The body text, or `null` as soon as it passes `limit` bytes (a declared Content-Length over the
 * limit counts at once). Past the limit nothing more is read: the stream is paused and left.
 */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'])
  if (declared > limit) {
    req.pause()
    return Promise.resolve(null)
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      req.off('data', onData)
      req.off('end', onEnd)
      req.pause()
      resolve(null)
    }
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'))
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', reject)
  })
}

/** Closes the connection once the answer is flushed: FIN first, so the client reads it, then gone. */
function closeAfter(res: http.ServerResponse, socket: Socket): void {
  res.once('finish', () => {
    socket.end()
    setTimeout(() => socket.destroy(), CLOSE_GRACE_MS).unref()
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
      pushBounded(requests, entry, opts.logEntries ?? DEFAULT_LOG_ENTRIES)
      opts.log?.(`${method} ${rawUrl}${entry.action ? ` [${entry.action}]` : ''} → ${status ?? 'dropped'} (${entry.ms} ms)${entry.faults ? ' fault' : ''}`)
    }
    let mod: ApiModule | undefined
    let sreq: SandboxRequest | undefined
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
      mod = opts.modules.find((m) => pathname === m.prefix || pathname.startsWith(`${m.prefix}/`))
      sreq = {
        id,
        method,
        pathname,
        path: mod ? pathname.slice(mod.prefix.length) || '/' : pathname,
        query: new URLSearchParams(q === -1 ? '' : rawUrl.slice(q + 1)),
        headers: req.headers,
        text: '',
        remote: req.socket.remoteAddress ?? 'unknown',
      }
      const text = await readBody(req, MAX_BODY)
      if (text === null) {
        if (mod) entry.provider = mod.provider
        const message = `Request bodies are limited to ${MAX_BODY} bytes`
        const reply = mod ? mod.errorReply(sreq, 413, message) : { status: 413, body: { error: 'Payload too large', details: message } }
        closeAfter(res, req.socket)
        write(res, { ...reply, headers: { ...reply.headers, Connection: 'close' } }, id)
        return finish(413)
      }
      sreq.text = text
      if (!mod) {
        const reply: Reply = pathname === '/' && method === 'GET' ? { status: 200, body: opts.index() } : { status: 404, body: { error: 'Not found', details: `No sandbox API is mounted at ${pathname}` } }
        write(res, reply, id)
        return finish(reply.status)
      }
      entry.provider = mod.provider
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
      opts.log?.(`${method} ${rawUrl} failed inside the sandbox: ${err instanceof Error ? err.message : String(err)}`)
      if (!res.headersSent && !res.destroyed) write(res, internalError(mod, sreq), id)
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

/** A 500 in the module's envelope when it can render one, else the sandbox's own; no exception text. */
function internalError(mod: ApiModule | undefined, req: SandboxRequest | undefined): Reply {
  const message = 'The sandbox failed to handle this request'
  try {
    if (mod && req) return mod.errorReply(req, 500, message)
  } catch {
    // the module itself is failing: fall back to the plain shape below
  }
  return { status: 500, body: { error: 'Internal sandbox error', details: message } }
}
