import type { Call, Handler } from './handler.ts'

// The HTTP door: `node:http`, which Node, Deno and Bun all provide. It is taken with
// `process.getBuiltinModule` when a server is started, not imported: so bundling
// `affiliate-fetch/sandbox` for a browser or a Worker (for `createSandbox`) meets no `node:`
// import, static or dynamic (workerd refuses even a computed `import()`). The shapes used are typed here.

interface NodeSocket {
  remoteAddress?: string
  end(): void
  destroy(): void
}
interface NodeRequest {
  method?: string
  url?: string
  rawHeaders: string[]
  socket: NodeSocket
  headers: Record<string, string | string[] | undefined>
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown
  on(event: 'end' | 'close', listener: () => void): unknown
  on(event: 'error', listener: (error: Error) => void): unknown
  off(event: string, listener: (...args: never[]) => void): unknown
  pause(): unknown
  resume(): unknown
}
interface NodeResponse {
  headersSent: boolean
  destroyed: boolean
  writeHead(status: number, headers: Record<string, string>): NodeResponse
  end(text?: string): void
  once(event: 'finish', listener: () => void): unknown
  destroy(): void
}
interface NodeServer {
  keepAliveTimeout: number
  listen(port: number, host: string, callback: () => void): unknown
  once(event: 'error', listener: (error: Error) => void): unknown
  off(event: 'error', listener: (error: Error) => void): unknown
  address(): { port: number } | string | null
  close(callback: () => void): unknown
  closeAllConnections?(): void
}
interface NodeHttp {
  createServer(listener: (req: NodeRequest, res: NodeResponse) => void): NodeServer
}

/** The longest the rest of an over-limit upload is discarded after its 413 before the connection is cut. */
const DISCARD_MS = 2000

/** The body text, or `null` as soon as it passes `limit` (a declared Content-Length over it at once); then reading stops. */
function readBody(req: NodeRequest, limit: number): Promise<string | null> {
  if (Number(req.headers['content-length']) > limit) {
    req.pause()
    return Promise.resolve(null)
  }
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    let size = 0
    const onData = (chunk: Uint8Array) => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      req.off('data', onData)
      req.off('end', onEnd)
      req.pause()
      resolve(null)
    }
    const onEnd = () => {
      const all = new Uint8Array(size)
      let at = 0
      for (const c of chunks) {
        all.set(c, at)
        at += c.length
      }
      resolve(new TextDecoder().decode(all))
    }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', reject)
  })
}

/**
 * After a 413 sent before the body was read: the rest of the upload is discarded as it arrives
 * (never stored), and the connection is ended once the request is complete, or cut after
 * `DISCARD_MS`. Cutting it at once (or sending `Connection: close`, after which the server closes
 * it) resets a socket the client is still writing to: most fetch implementations (undici, Deno's)
 * then fail with EPIPE before they read the 413 that had already arrived.
 */
function closeOnceReceived(req: NodeRequest): void {
  const cut = setTimeout(() => req.socket.destroy(), DISCARD_MS) as { unref?: () => void }
  cut.unref?.()
  req.on('end', () => req.socket.end())
  req.on('close', () => clearTimeout(cut as Parameters<typeof clearTimeout>[0]))
  req.resume()
}

/** Headers as fetch holds them, from Node's raw name/value list (repeats kept). */
function headersOf(req: NodeRequest): Headers {
  const headers = new Headers()
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    try {
      headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!)
    } catch {
      // a header value fetch refuses (Node accepted it): the sandbox never reads such headers
    }
  }
  return headers
}

/** `node:http` of the running server runtime (Node 20.16+, Deno, Bun); a clear error elsewhere. */
function nodeHttp(): NodeHttp {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  const http = proc?.getBuiltinModule?.('node:http') as NodeHttp | undefined
  if (!http) throw new TypeError('startSandbox needs a server runtime with node:http (Node, Deno, Bun); elsewhere use createSandbox(), whose fetch needs no server')
  return http
}

/** Serves `handler` over HTTP on `host:port` (0 = a free port). */
export async function serveHttp(handler: Handler, host: string, port: number) {
  const http = nodeHttp()
  let origin = ''
  const server = http.createServer((req, res) => {
    const rawUrl = req.url ?? '/'
    const call: Call = {
      method: req.method ?? 'GET',
      url: rawUrl,
      target: rawUrl,
      headers: headersOf(req),
      remote: req.socket.remoteAddress ?? 'unknown',
      base: (prefix) => `${origin}${prefix}`,
      body: (limit) => readBody(req, limit),
    }
    void handler.handle(call).then(
      (outcome) => {
        if (outcome.drop) return req.socket.destroy()
        if (outcome.close) closeOnceReceived(req)
        res.writeHead(outcome.status, outcome.headers).end(outcome.text)
      },
      () => res.destroy(),
    )
  })
  server.keepAliveTimeout = 5000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  const boundPort = typeof address === 'object' && address ? address.port : port
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`
  return {
    url: origin,
    port: boundPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections?.()
      }),
  }
}
