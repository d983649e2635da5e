// A 200 MB upload, as a user's fetch sends it, gets its 413 well within a second: with a declared
// Content-Length at once, without one (chunked) as soon as 1 MiB has arrived. The body is a
// generated stream, so the test holds one 64 KiB chunk, not 200 MB; the stream counts how much the
// client had pulled when the answer came, which shows the rest was never read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAgentRef, createProgram } from '../../src/agentref/index.js'
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js'

let sb: Sandbox
beforeAll(async () => {
  sb = await startSandbox({ seed: 18 })
})
afterAll(() => sb.close())

const MB = 1024 * 1024
const TOTAL = 200 * MB

/** An endless-looking body of `TOTAL` bytes, generated chunk by chunk as the client pulls. */
function generated() {
  const chunk = new Uint8Array(64 * 1024).fill(0x61)
  const stream = {
    pulled: 0,
    body: new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (stream.pulled >= TOTAL) return controller.close()
          stream.pulled += chunk.length
          controller.enqueue(chunk)
        },
      },
      { highWaterMark: 0 },
    ),
  }
  return stream
}

const targets = () => [
  { api: 'AgentRef', url: `${sb.agentrefUrl}/programs`, key: sb.keys.agentref.merchant, code: (b: any) => b.error.code, expected: 'PAYLOAD_TOO_LARGE' },
  { api: 'AgentClick', url: sb.agentclickUrl, key: sb.keys.agentclick.agent, code: (b: any) => b.success, expected: false },
  { api: 'Agentries', url: `${sb.agentriesUrl}/api/referrals/code`, key: sb.mintAgentriesToken(), code: (b: any) => b.error, expected: 'Payload too large' },
]

describe('a 200 MB upload gets its 413 within a second', () => {
  for (const declared of [true, false]) {
    it(declared ? 'with Content-Length: 200 MB' : 'without Content-Length (chunked)', async () => {
      for (const t of targets()) {
        const upload = generated()
        const headers: Record<string, string> = { authorization: `Bearer ${t.key}`, 'content-type': 'application/json' }
        if (declared) headers['content-length'] = String(TOTAL)
        const started = performance.now()
        const res = await fetch(t.url, { method: 'POST', headers, body: upload.body, duplex: 'half', signal: AbortSignal.timeout(5000) } as RequestInit)
        const body = await res.json()
        const ms = performance.now() - started
        expect(res.status, t.api).toBe(413)
        expect(t.code(body), t.api).toBe(t.expected)
        expect(res.headers.get('connection'), t.api).toBe('close')
        expect(ms, `${t.api}: ${ms.toFixed(0)} ms`).toBeLessThan(1000)
        expect(upload.pulled, `${t.api}: bytes the client had generated when answered`).toBeLessThan(TOTAL / 8)
      }
    })
  }

  it("our client reports it as a typed 413 (ApiError), not a timeout or a reset", async () => {
    const ar = createAgentRef({ apiKey: sb.keys.agentref.merchant, baseUrl: sb.agentrefUrl, timeout: 5000 })
    const name = 'x'.repeat(16 * MB)
    const started = performance.now()
    const error = await createProgram(ar, { name, commissionType: 'one_time', commissionPercent: 10 }).catch((e: unknown) => e)
    const ms = performance.now() - started
    expect(error).toMatchObject({ name: 'ApiError', status: 413, code: 'PAYLOAD_TOO_LARGE', provider: 'agentref' })
    expect(ms, `${ms.toFixed(0)} ms`).toBeLessThan(1000)
  })
})
