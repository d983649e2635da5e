import { createPrivateKey, sign } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Res<T = any> {
  status: number
  headers: Headers
  body: T
}

/** fetch + JSON (undefined for an empty body). */
export async function call<T = any>(url: string, init: RequestInit = {}): Promise<Res<T>> {
  const response = await fetch(url, init)
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : undefined) as T }
}

/** An AgentRef call with a Bearer key. */
export function ref(base: string, key: string | undefined, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const h: Record<string, string> = { ...headers }
  if (key) h.authorization = `Bearer ${key}`
  if (body !== undefined) h['content-type'] = 'application/json'
  return call(`${base}${path}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) })
}

/** An AgentClick action call. */
export function action(url: string, key: string | undefined, name: string, params?: Record<string, unknown>) {
  const h: Record<string, string> = { 'content-type': 'application/json' }
  if (key) h.authorization = `Bearer ${key}`
  return call(url, { method: 'POST', headers: h, body: JSON.stringify(params === undefined ? { action: name } : { action: name, params }) })
}

/** Canonical JSON (sorted keys, no whitespace), written independently of the sandbox. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

/** Ed25519 signature (hex) with a raw 32-byte seed (hex), via node:crypto. */
export function ed25519Sign(seedHex: string, message: string): string {
  const key = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(seedHex, 'hex')]), format: 'der', type: 'pkcs8' })
  return sign(null, Buffer.from(message), key).toString('hex')
}

export interface Received {
  headers: http.IncomingHttpHeaders
  body: string
}

/** A local webhook receiver answering `status()` (default 200). */
export async function startReceiver(status: () => number = () => 200) {
  const received: Received[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      res.writeHead(status()).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
