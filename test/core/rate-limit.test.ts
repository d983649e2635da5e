// readRateLimit: the forms the AgentRef and Agentries docs show, the IETF structured fields, and garbage.
import { describe, expect, it } from 'vitest'
import { readRateLimit } from '../../src/index.js'

const NOW = Date.UTC(2024, 1, 2, 18, 54, 0) // 2024-02-02T18:54:00Z = Unix 1706900040
const DATE = new Date(NOW).toUTCString()

describe('readRateLimit', () => {
  it("reads the Agentries docs' example: a reset of 1706900060 is Unix seconds, measured against the Date header", () => {
    const headers = new Headers({ 'X-RateLimit-Limit': '100', 'X-RateLimit-Remaining': '95', 'X-RateLimit-Reset': '1706900060', Date: DATE })
    // The clock is a day off: the Date header decides, not the clock.
    expect(readRateLimit(headers, NOW + 86_400_000)).toEqual({ limit: 100, remaining: 95, resetAfter: 20 })
  })

  it('without a Date header, a Unix reset is measured against the clock; a past one is 0, never negative', () => {
    const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1706900060' }
    expect(readRateLimit(headers, NOW)).toEqual({ remaining: 0, resetAfter: 20 })
    expect(readRateLimit(headers, NOW + 60_000)).toEqual({ remaining: 0, resetAfter: 0 })
  })

  it('a Unix time in milliseconds (10^12 or more) is read as one', () => {
    expect(readRateLimit({ 'x-ratelimit-remaining': '3', 'x-ratelimit-reset': String(NOW + 1500), date: DATE })).toEqual({ remaining: 3, resetAfter: 1.5 })
  })

  it("reads AgentRef's X-RateLimit-Limit with the -Remaining and -Reset it implies, a small reset as seconds", () => {
    const headers = new Headers({ 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '57', 'x-ratelimit-reset': '42' })
    expect(readRateLimit(headers)).toEqual({ limit: 60, remaining: 57, resetAfter: 42 })
  })

  it("reads the earlier drafts' RateLimit-Limit / -Remaining / -Reset", () => {
    expect(readRateLimit({ 'RateLimit-Limit': '10', 'RateLimit-Remaining': '2', 'RateLimit-Reset': '7' })).toEqual({ limit: 10, remaining: 2, resetAfter: 7 })
  })

  it('reads the IETF structured fields, with the quota from RateLimit-Policy', () => {
    const headers = new Headers({ RateLimit: '"default";r=50;t=30', 'RateLimit-Policy': '"default";q=100;w=60' })
    expect(readRateLimit(headers)).toEqual({ limit: 100, remaining: 50, resetAfter: 30, policy: 'default' })
  })

  it('of several IETF policies, gives the one with the fewest requests left', () => {
    const headers = new Headers({ RateLimit: '"burst";r=40;t=1, "daily";r=3;t=3600', 'RateLimit-Policy': '"burst";q=50;w=1, "daily";q=1000;w=86400' })
    expect(readRateLimit(headers)).toEqual({ limit: 1000, remaining: 3, resetAfter: 3600, policy: 'daily' })
  })

  it('prefers the IETF fields over X-RateLimit-*, and falls back when they are unreadable', () => {
    const both = { ratelimit: '"p";r=1;t=2', 'x-ratelimit-remaining': '9' }
    expect(readRateLimit(both)).toEqual({ remaining: 1, resetAfter: 2, policy: 'p' })
    expect(readRateLimit({ ...both, ratelimit: '"p";r=-1;t=2' })).toEqual({ remaining: 9 })
    expect(readRateLimit({ ...both, ratelimit: 'no structure at all ;;' })).toEqual({ remaining: 9 })
  })

  it('leaves out malformed fields and gives undefined without a readable remaining count', () => {
    expect(readRateLimit({ 'x-ratelimit-remaining': '5', 'x-ratelimit-limit': 'lots', 'x-ratelimit-reset': '-3' })).toEqual({ remaining: 5 })
    for (const remaining of ['-1', 'NaN', '1e3', '', ' ', 'Infinity', '0x10', '12abc']) {
      expect(readRateLimit({ 'x-ratelimit-remaining': remaining }), JSON.stringify(remaining)).toBeUndefined()
    }
    expect(readRateLimit({})).toBeUndefined()
    expect(readRateLimit(undefined)).toBeUndefined()
    expect(readRateLimit(null)).toBeUndefined()
    expect(readRateLimit({ 'bad header name': '1' } as Record<string, string>)).toBeUndefined()
  })

  it('reads the plain headers object an ApiError carries', () => {
    expect(readRateLimit({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '12', 'retry-after': '12' })).toEqual({ remaining: 0, resetAfter: 12 })
  })
})
