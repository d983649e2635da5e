// Property: for any Retry-After / retry-after-ms string, the wait is either the normal backoff or
// a value in [0, maxRetryAfter]; a demand beyond it is thrown at once; garbage never means a zero wait.
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { createAgentRef, getProgram } from '../../src/agentref/index.js'
import { retryAfter } from '../../src/core/retry/retry-after.js'
import { RUNS } from './runs.js'

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0)
/** Header strings: garbage, numbers of every kind, and dates in several spellings. */
const headerValue = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'0123456789.-+eE xX,:'.split('')) }),
  fc.double().map(String),
  fc.integer({ min: -1_000_000, max: 1_000_000_000 }).map(String),
  fc.date({ min: new Date(0), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }).chain((d) =>
    fc.constantFrom(d.toUTCString(), d.toISOString(), d.toString(), String(d.getTime()), d.toUTCString().replace('GMT', 'UTC')),
  ),
)
/** A wait of 0 ms is only honest for a zero number or a past HTTP date. */
const zeroIsHonest = (value: string) => /^0+(\.0+)?$/.test(value.trim()) || (Date.parse(value) <= NOW && /GMT$/.test(value))

test(`Retry-After parsing: any string gives undefined or a finite wait ≥ 0, zero only when honest (${RUNS.retryAfterParse} cases)`, () => {
  fc.assert(
    fc.property(headerValue, fc.constantFrom('retry-after', 'retry-after-ms'), (value, name) => {
      const wait = retryAfter({ [name]: value }, NOW)
      if (wait === undefined) return
      expect(Number.isFinite(wait) && wait >= 0).toBe(true)
      if (wait === 0) expect(zeroIsHonest(value), `zero wait from ${JSON.stringify(value)}`).toBe(true)
    }),
    { numRuns: RUNS.retryAfterParse },
  )
})

test(`Retry-After in the retry loop: backoff or a wait in [0, maxRetryAfter], else thrown at once (${RUNS.retryAfterWait} cases)`, async () => {
  await fc.assert(
    fc.asyncProperty(headerValue, fc.constantFrom(429, 503), fc.integer({ min: 1, max: 120_000 }), async (value, status, maxRetryAfter) => {
      let calls = 0
      const fetch = async () => (calls++, new Response('{"error":{"code":"BUSY","message":"busy"}}', { status, headers: { 'retry-after': value } }))
      const client = createAgentRef({ apiKey: 'ak_live_wait', baseUrl: 'https://api.example.test/api/v1', fetch, maxRetryAfter })
      const stop = new AbortController()
      const delays: number[] = []
      const outcome = await getProgram(client, 'p', { signal: stop.signal, onRetry: ({ delay }) => (delays.push(delay), stop.abort('stop')) }).catch((e) => e)
      const seconds = retryAfter({ 'retry-after': value.trim() })
      const demanded = seconds === undefined ? undefined : seconds * 1000
      if (demanded !== undefined && demanded > maxRetryAfter) {
        // Too long to wait out: the typed error at once, with what the server asked.
        expect(delays).toEqual([])
        expect(outcome.name).toBe(status === 429 ? 'RateLimitError' : 'ServerError')
        expect(outcome.retryAfter).toBeGreaterThan(maxRetryAfter / 1000)
        return
      }
      expect(outcome).toBe('stop')
      const [delay] = delays as [number]
      const backoff = delay >= 375 && delay <= 500
      const honoured = demanded !== undefined && Math.abs(delay - demanded) <= 50 && delay >= 0 && delay <= maxRetryAfter
      expect(backoff || honoured, `wait ${delay} for ${JSON.stringify(value)}`).toBe(true)
      if (demanded === undefined) expect(backoff).toBe(true)
    }),
    { numRuns: RUNS.retryAfterWait },
  )
}, 120_000)
