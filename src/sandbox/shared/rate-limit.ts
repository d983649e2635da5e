export interface RateDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** Unix ms when the current window ends. */
  resetAt: number
}

export interface Limiter {
  take(key: string): RateDecision
}

/** Fixed-window counter per key. Rejected calls do not count. */
export function createLimiter(limit: number, windowMs: number, now: () => number = Date.now): Limiter {
  const windows = new Map<string, { start: number; count: number }>()
  return {
    take(key) {
      const t = now()
      let w = windows.get(key)
      if (!w || t - w.start >= windowMs) {
        w = { start: t, count: 0 }
        windows.set(key, w)
      }
      const resetAt = w.start + windowMs
      if (w.count >= limit) return { allowed: false, limit, remaining: 0, resetAt }
      w.count++
      return { allowed: true, limit, remaining: limit - w.count, resetAt }
    },
  }
}

/** Seconds until the window resets (at least 1). */
export function secondsUntil(resetAt: number, now: number = Date.now()): number {
  return Math.max(1, Math.ceil((resetAt - now) / 1000))
}

/** The `X-RateLimit-*` headers for a decision (reset in Unix seconds). */
export function rateHeaders(d: RateDecision): Record<string, string> {
  return { 'X-RateLimit-Limit': String(d.limit), 'X-RateLimit-Remaining': String(d.remaining), 'X-RateLimit-Reset': String(Math.ceil(d.resetAt / 1000)) }
}
