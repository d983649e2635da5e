import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request as the server saw it. */
export interface Recorded {
  method: string
  /** Raw request target, e.g. `/api/v1/programs/p%2F1?status=active` (not decoded). */
  url: string
  pathname: string
  query: Record<string, string | string[]>
  headers: http.IncomingHttpHeaders
  /** Raw body text ('' when none). */
  text: string
  /** Parsed JSON body, or undefined when empty. */
  json: unknown
}

export interface Reply {
  status?: number
  headers?: Record<string, string>
  /** Object → JSON; string → sent as is; undefined → empty body. */
  body?: unknown
  /** Destroy the socket instead of answering. */
  drop?: boolean
  /** Wait before answering (ms). */
  delay?: number
}

export type Handler = (req: Recorded) => Reply | Promise<Reply>

export interface RecordServer {
  url: string
  requests: Recorded[]
  /** Replace the handler. */
  handle(handler: Handler): void
  close(): Promise<void>
}

/** A real loopback HTTP server that records every request and answers with the current handler. */
export async function startRecordServer(handler: Handler = () => ({ body: { data: {} } })): Promise<RecordServer> {
  let current = handler
  const requests: Recorded[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', async () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const parsed = new URL(req.url ?? '/', 'http://x')
      const query: Record<string, string | string[]> = {}
      for (const key of new Set(parsed.searchParams.keys())) {
        const all = parsed.searchParams.getAll(key)
        query[key] = all.length > 1 ? all : all[0]!
      }
      let json: unknown
      try {
        json = text ? JSON.parse(text) : undefined
      } catch {
        json = undefined
      }
      const recorded: Recorded = { method: req.method ?? '', url: req.url ?? '', pathname: parsed.pathname, query, headers: req.headers, text, json }
      const cors = {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': '*',
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
        'access-control-expose-headers': '*',
      }
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors).end()
        return
      }
      requests.push(recorded)
      const reply = await current(recorded)
      if (reply.delay) await new Promise((r) => setTimeout(r, reply.delay))
      if (reply.drop) {
        req.socket.destroy()
        return
      }
      const headers: Record<string, string> = { ...cors, ...reply.headers }
      let body = ''
      if (typeof reply.body === 'string') body = reply.body
      else if (reply.body !== undefined) {
        body = JSON.stringify(reply.body)
        headers['content-type'] ??= 'application/json'
      }
      res.writeHead(reply.status ?? 200, headers).end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      current = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}
