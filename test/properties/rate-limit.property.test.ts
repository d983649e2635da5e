// Property: for any set of headers a server could send, readRateLimit gives undefined or finite,
// non-negative numbers (never NaN, never a negative count or delay), and what it reads agrees
// with the fields that were sent.
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { readRateLimit } from '../../src/index.js'
import { RUNS } from './runs.js'

const NOW = Date.UTC(2026, 11, 1, 12, 0, 0)

/** Values of every kind: garbage, numbers (negative, huge, fractional, exponents), Unix times, structured items. */
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'0123456789.-+eE ;=",rtqw'.split('')) }),
  fc.double().map(String),
  fc.integer({ min: -1_000_000, max: 2 ** 31 }).map(String),
  fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
  fc.integer({ min: 0, max: 4_000_000_000 }).map((s) => String(s)),
  fc
    .tuple(fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 1e6 }), fc.integer({ min: -5, max: 1e6 }))
    .map(([name, r, t]) => `${JSON.stringify(name)};r=${r};t=${t}`),
)
const name = fc.constantFrom('x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'ratelimit', 'ratelimit-policy', 'date', 'retry-after')
const dateValue = fc.date({ min: new Date(0), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }).map((d) => d.toUTCString())
const headerSet = fc.dictionary(name, fc.oneof(value, dateValue), { maxKeys: 8 })

const fine = (n: unknown) => n === undefined || (typeof n === 'number' && Number.isFinite(n) && n >= 0)

test(`readRateLimit: any header set gives undefined or finite, non-negative numbers (${RUNS.rateLimit} cases)`, () => {
  fc.assert(
    fc.property(headerSet, (sent) => {
      let headers: Headers
      try {
        headers = new Headers(sent)
      } catch {
        return // a value Headers refuses (a control character) never reaches us from a response
      }
      const read = readRateLimit(headers, NOW)
      if (read === undefined) return
      expect(Object.values(read).every((v) => typeof v === 'string' || fine(v)), JSON.stringify({ sent, read })).toBe(true)
      expect(typeof read.remaining).toBe('number')
      // What is read comes from what was sent: no remaining count without a field that carries one.
      const carriers = ['x-ratelimit-remaining', 'ratelimit-remaining', 'ratelimit'].filter((k) => k in sent)
      expect(carriers.length, JSON.stringify(sent)).toBeGreaterThan(0)
    }),
    { numRuns: RUNS.rateLimit },
  )
})

test(`readRateLimit: a plain X-RateLimit-Remaining count is read back exactly (${RUNS.rateLimit} cases)`, () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e6 }), (remaining, reset) => {
      expect(readRateLimit({ 'X-RateLimit-Remaining': String(remaining), 'X-RateLimit-Reset': String(reset) }, NOW)).toEqual({ remaining, resetAfter: reset })
    }),
    { numRuns: RUNS.rateLimit },
  )
})
