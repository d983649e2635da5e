// The sandbox's X-RateLimit-* headers, as the AgentRef and Agentries docs describe them, on every
// answer (errors included): counted against its own limiter, they run down, draw a 429 at zero,
// and reset with the window. Over HTTP, read back with the client's readRateLimit.
import { afterEach, describe, expect, it } from 'vitest'
import { readRateLimit } from '../../src/index.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'

const WINDOW_MS = 1000
let sb: Sandbox | undefined
afterEach(async () => {
  await sb?.close()
  sb = undefined
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function get(url: string, token?: string) {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} })
  await response.arrayBuffer()
  return { status: response.status, headers: response.headers, rate: readRateLimit(response.headers) }
}

describe('sandbox rate-limit headers', () => {
  it('AgentRef: 2, 1, 0, then a 429 with Retry-After; a new window starts full; errors carry them too', async () => {
    sb = await startSandbox({ seed: 2, limits: { agentref: 3, windowMs: WINDOW_MS } })
    const key = sb.keys.agentref.merchant
    const answers = [await get(`${sb.agentrefUrl}/programs`, key), await get(`${sb.agentrefUrl}/programs/prg_missing`, key), await get(`${sb.agentrefUrl}/programs`, key), await get(`${sb.agentrefUrl}/programs`, key)]
    expect(answers.map((a) => a.status)).toEqual([200, 404, 200, 429])
    expect(answers.map((a) => a.rate?.remaining)).toEqual([2, 1, 0, 0])
    for (const { headers, rate } of answers) {
      expect(headers.get('x-ratelimit-limit')).toBe('3')
      // Reset is a Unix time in seconds, at or after the response's Date, at most a window (and a second of rounding) away.
      expect(Number(headers.get('x-ratelimit-reset'))).toBeGreaterThan(1e9)
      expect(Date.parse(headers.get('date')!)).toBeLessThanOrEqual(Number(headers.get('x-ratelimit-reset')) * 1000)
      expect(rate!.resetAfter).toBeGreaterThanOrEqual(0)
      expect(rate!.resetAfter).toBeLessThanOrEqual(WINDOW_MS / 1000 + 2)
    }
    expect(Number(answers[3]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    await sleep(WINDOW_MS + 50)
    const fresh = await get(`${sb.agentrefUrl}/programs`, key)
    expect([fresh.status, fresh.rate?.remaining]).toEqual([200, 2])
    // Another key has its own window.
    const other = await get(`${sb.agentrefUrl}/programs`, sb.keys.agentref.affiliate)
    expect(other.rate?.remaining).toBe(2)
  })

  it('Agentries: per agent with a token, per address without; 429 at zero; reset with the window', async () => {
    sb = await startSandbox({ seed: 2, limits: { agentries: 2, windowMs: WINDOW_MS } })
    const token = sb.mintAgentriesToken()
    const url = `${sb.agentriesUrl}/api/referrals/stats`
    const answers = [await get(url, token), await get(url, token), await get(url, token)]
    expect(answers.map((a) => [a.status, a.rate?.remaining])).toEqual([
      [200, 1],
      [200, 0],
      [429, 0],
    ])
    const anonymous = await get(`${sb.agentriesUrl}/api/agents/${encodeURIComponent(sb.keys.agentries.did)}/referrals`)
    expect(anonymous.rate).toMatchObject({ limit: 2, remaining: 1 })
    await sleep(WINDOW_MS + 50)
    expect((await get(url, token)).rate?.remaining).toBe(1)
  })
})
