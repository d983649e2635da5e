// A body over the 1 MiB limit gets a 413 in the envelope of the API it was sent to, as soon as
// the limit is passed: the client is still sending when the answer arrives. The rest is then
// discarded unread and the connection closed: at once when the client completes its request, at
// the latest 2 s after the answer when it does not. Checked with a raw socket that keeps sending.
import { once } from 'node:events'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js'
import { action, ref } from './helpers.js'

let sb: Sandbox
beforeAll(async () => {
  sb = await startSandbox({ seed: 13 })
})
afterAll(() => sb.close())

const LIMIT = 1024 * 1024
/** What the client would send in all: far more than it ever gets to. */
const INTENDED = 256 * LIMIT

interface Flood {
  status: number
  headers: Record<string, string>
  body: any
  /** Body bytes written before the first byte of the answer arrived. */
  sentBeforeAnswer: number
  closed: boolean
  /** ms from the answer to the close. */
  closedAfter: number
}

/** POSTs an endless body (declared up front, or chunked) and keeps writing until answered. */
async function flood(path: string, requestHeaders: Record<string, string>, framing: 'content-length' | 'chunked'): Promise<Flood> {
  const socket = net.connect(sb.port, '127.0.0.1')
  socket.on('error', () => {}) // EPIPE / ECONNRESET once the sandbox closes: expected
  await once(socket, 'connect')
  let answeredAt = 0
  const closed = new Promise<boolean>((resolve) => {
    socket.once('close', () => resolve(true))
    setTimeout(() => resolve(false), 5000).unref()
  })
  let raw = Buffer.alloc(0)
  let sent = 0
  let sentBeforeAnswer: number | undefined
  let answered!: () => void
  const answer = new Promise<void>((resolve) => (answered = resolve))
  socket.on('data', (d: Buffer) => {
    sentBeforeAnswer ??= sent
    answeredAt ||= Date.now()
    raw = Buffer.concat([raw, d])
    answered()
  })
  const lines = [`POST ${path} HTTP/1.1`, `Host: 127.0.0.1:${sb.port}`, 'Content-Type: application/json', ...Object.entries(requestHeaders).map(([k, v]) => `${k}: ${v}`)]
  lines.push(framing === 'chunked' ? 'Transfer-Encoding: chunked' : `Content-Length: ${INTENDED}`)
  socket.write(`${lines.join('\r\n')}\r\n\r\n`)
  const piece = Buffer.alloc(64 * 1024, 0x61)
  const frame = framing === 'chunked' ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]) : piece
  while (sentBeforeAnswer === undefined && !socket.destroyed && sent < INTENDED) {
    sent += piece.length
    if (!socket.write(frame)) await Promise.race([once(socket, 'drain'), answer, closed])
  }
  // A chunked request can be completed cheaply: do, as a client that sends on would.
  if (framing === 'chunked' && !socket.destroyed) socket.write('0\r\n\r\n')
  const wasClosed = await closed
  const closedAfter = Date.now() - answeredAt
  const text = raw.toString('utf8')
  const split = text.indexOf('\r\n\r\n')
  const [statusLine = '', ...headerLines] = text.slice(0, split).split('\r\n')
  const headers = Object.fromEntries(headerLines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]))
  const body = headers['transfer-encoding'] === 'chunked' ? unchunk(text.slice(split + 4)) : text.slice(split + 4)
  return {
    status: Number(statusLine.split(' ')[1]),
    headers,
    body: body ? JSON.parse(body) : undefined,
    sentBeforeAnswer: sentBeforeAnswer ?? sent,
    closed: wasClosed,
    closedAfter,
  }
}

/** Decodes an HTTP/1.1 chunked body. */
function unchunk(text: string): string {
  let out = ''
  let rest = text
  for (;;) {
    const eol = rest.indexOf('\r\n')
    const size = Number.parseInt(rest.slice(0, eol), 16)
    if (!size) return out
    out += rest.slice(eol + 2, eol + 2 + size)
    rest = rest.slice(eol + 2 + size + 2)
  }
}

const targets = () => [
  {
    api: 'AgentRef',
    path: '/agentref/api/v1/programs',
    headers: { Authorization: `Bearer ${sb.keys.agentref.merchant}` },
    envelope: (b: any) => expect(b).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining(String(LIMIT)) }, meta: { requestId: expect.stringMatching(/^req_/) } }),
  },
  {
    api: 'AgentClick',
    path: '/agentclick/api/mcp.php',
    headers: { Authorization: `Bearer ${sb.keys.agentclick.agent}` },
    envelope: (b: any) => expect(b).toEqual({ success: false, message: expect.stringContaining(String(LIMIT)) }),
  },
  {
    api: 'Agentries',
    path: '/agentries/api/referrals/code',
    headers: { Authorization: `Bearer ${sb.mintAgentriesToken()}` },
    envelope: (b: any) => expect(b).toEqual({ error: 'Payload too large', details: expect.stringContaining(String(LIMIT)) }),
  },
]

describe('413 for an over-limit body', () => {
  for (const framing of ['chunked', 'content-length'] as const) {
    it(`answers in each API's own error envelope while the client is still sending, then closes (${framing})`, async () => {
      for (const t of targets()) {
        const before = sb.requests.length
        const res = await flood(t.path, t.headers, framing)
        expect(res.status, t.api).toBe(413)
        t.envelope(res.body)
        expect(res.sentBeforeAnswer, t.api).toBeLessThan(INTENDED / 8)
        expect(res.closed, `${t.api}: connection closed after the 413`).toBe(true)
        // Completed (chunked): closed as soon as the request is in. Never completed: cut after 2 s.
        if (framing === 'chunked') expect(res.closedAfter, t.api).toBeLessThan(1000)
        else expect(res.closedAfter, t.api).toBeGreaterThanOrEqual(1900)
        expect(sb.requests.slice(before).map((r) => r.status)).toEqual([413])
      }
    }, 20_000)
  }

  it('a body at the limit is still read and handled, and the sandbox keeps serving after a 413', async () => {
    const padded = JSON.stringify({ action: 'health', pad: 'x'.repeat(LIMIT - 40) })
    expect(Buffer.byteLength(padded)).toBeLessThanOrEqual(LIMIT)
    const ok = await fetch(sb.agentclickUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: padded })
    expect(ok.status).toBe(200)
    expect((await action(sb.agentclickUrl, sb.keys.agentclick.agent, 'health')).status).toBe(200)
    expect((await ref(sb.agentrefUrl, sb.keys.agentref.merchant, 'GET', '/merchant')).status).toBe(200)
  })

  it('a fetch client reads the 413 as an answer, not as a network failure', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${sb.agentrefUrl}/programs`, { method: 'POST', headers: { authorization: `Bearer ${sb.keys.agentref.merchant}`, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'x'.repeat(8 * LIMIT) }) })
      expect(res.status).toBe(413)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE')
    }
  })
})
