// debugLog: one line per attempt and per retry, from a real loopback server that echoes the
// credential everywhere it can (request id, rate-limit headers, bodies, other headers): no run of
// 8 of its characters reaches the log, nor a header value other than the request id, nor a body.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAgentClick, debugLog as agentclickDebugLog, getProfile } from '../../src/agentclick/index.js'
import { createAgentRef, debugLog, getProgram, listPrograms } from '../../src/agentref/index.js'
import { createAgentries, debugLog as agentriesDebugLog, getReferralStats } from '../../src/agentries/index.js'
import { startRecordServer, type RecordServer, type Reply } from '../helpers/record-server.js'
import { RUNS, TOKEN_ALPHABET } from '../properties/runs.js'

let server: RecordServer
beforeAll(async () => {
  server = await startRecordServer()
})
afterAll(() => server.close())

const runsOf = (key: string) => Array.from({ length: Math.max(0, key.length - 7) }, (_, i) => key.slice(i, i + 8))

/** The server echoes the bearer credential wherever it can, and fails every other attempt (each call's first). */
function echoing(): void {
  const seen = new Map<string, number>()
  server.handle((req) => {
    const key = String(req.headers.authorization ?? '').replace(/^Bearer /, '')
    const call = `${req.method} ${req.url} ${key}`
    const count = (seen.get(call) ?? 0) + 1
    seen.set(call, count)
    const headers = { 'x-request-id': `req-${key}`, 'x-ratelimit-remaining': key, 'x-echo': key, 'retry-after-ms': '1' }
    if (count % 2 === 1) return { status: 503, headers, body: { error: { code: key, message: `busy for ${key}` }, meta: { requestId: key } } }
    return { status: 200, headers: { ...headers, 'x-ratelimit-remaining': '41' }, body: { data: { id: key, note: key }, meta: { requestId: key } } }
  })
}

describe('debugLog', () => {
  it('writes one line per attempt and per retry: method, route, status, duration, attempt, request id, remaining', async () => {
    let attempts = 0
    server.handle(
      (): Reply =>
        ++attempts === 1
          ? { status: 503, headers: { 'x-request-id': 'req_1', 'retry-after-ms': '1', 'x-ratelimit-remaining': '9' }, body: { error: { code: 'BUSY', message: 'secret body text' } } }
          : { status: 200, headers: { 'x-request-id': 'req_2', 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '8', 'x-ratelimit-reset': '30' }, body: { data: { id: 'p' } } },
    )
    const lines: string[] = []
    const ar = createAgentRef({ apiKey: 'ak_live_plainkey0001', baseUrl: server.url, hooks: debugLog((line) => lines.push(line)) })
    await getProgram(ar, 'prg_secret_id')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toMatch(/^agentref GET \/programs\/\{id\} ServerError 503 \d+ms attempt=0 request-id=req_1 remaining=9$/)
    expect(lines[1]).toMatch(/^agentref retry: attempt 0 failed \(ServerError 503\), next in 1ms$/)
    expect(lines[2]).toMatch(/^agentref GET \/programs\/\{id\} 200 \d+ms attempt=1 request-id=req_2 remaining=8$/)
    // The route template, never the id or the body.
    expect(lines.join('\n')).not.toMatch(/prg_secret_id|secret body text|BUSY/)
  })

  it('a network failure is named by its class, with no status', async () => {
    const lines: string[] = []
    const ar = createAgentRef({ apiKey: 'ak_live_x', baseUrl: 'http://127.0.0.1:9', maxRetries: 0, hooks: debugLog((line) => lines.push(line)) })
    await expect(listPrograms(ar)).rejects.toThrow()
    expect(lines).toEqual([expect.stringMatching(/^agentref GET \/programs ConnectionError \d+ms attempt=0$/)])
  })

  it('defaults to console.error, and is exported by every provider subpath', async () => {
    expect(agentclickDebugLog).toBe(debugLog)
    expect(agentriesDebugLog).toBe(debugLog)
    server.handle(() => ({ body: { success: true, data: {} } }))
    const original = console.error
    const lines: unknown[] = []
    console.error = (...args: unknown[]) => void lines.push(args.join(' '))
    try {
      await getProfile(createAgentClick({ apiKey: `aa_${'1'.repeat(48)}`, baseUrl: server.url, hooks: debugLog() }))
    } finally {
      console.error = original
    }
    expect(lines).toEqual([expect.stringMatching(/^agentclick POST common\.profile 200 \d+ms attempt=0$/)])
  })

  it(`no run of 8 characters of a credential the server echoes reaches the log, on all three providers (${RUNS.debugLog} keys)`, async () => {
    echoing()
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.constantFrom(...TOKEN_ALPHABET), minLength: 8, maxLength: 48 }), async (secret) => {
        const lines: string[] = []
        const hooks = debugLog((line) => lines.push(line))
        await getProgram(createAgentRef({ apiKey: `ak_live_${secret}`, baseUrl: server.url, hooks }), 'p')
        await getReferralStats(createAgentries({ token: `eyJ${secret}`, baseUrl: server.url, hooks }))
        await getProfile(createAgentClick({ apiKey: `aa_${'ab'.repeat(24)}`, baseUrl: server.url, hooks })).catch(() => {}) // not an envelope: still logged
        expect(lines.length).toBeGreaterThanOrEqual(6)
        const log = lines.join('\n')
        for (const key of [`ak_live_${secret}`, `eyJ${secret}`, `aa_${'ab'.repeat(24)}`]) {
          const leaked = runsOf(key).filter((run) => log.includes(run) && !'agentref agentries agentclick'.includes(run))
          expect(leaked, log).toEqual([])
        }
      }),
      { numRuns: RUNS.debugLog },
    )
  })
})
