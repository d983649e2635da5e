export interface RateDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** Unix ms when the current window ends. */
  resetAt: number
}

/** One key's fixed window: calls let through and calls refused (answered 429) in it. */
export interface RateWindow {
  /** What the limiter counts by: the API key, `did:<DID>` for an Agentries agent, or `anon:<client address>`. */
  key: string
  /** Unix ms of the first call of the window. */
  start: number
  /** Calls let through. */
  allowed: number
  /** Calls answered 429. */
  rejected: number
}

/** Windows kept for `windows()`, most recent last. */
const MAX_WINDOWS = 1000

export interface Limiter {
  take(key: string): RateDecision
  /** The most recent windows (current ones included, live), oldest first. */
  windows(): RateWindow[]
}

/** Fixed-window counter per key. Rejected calls do not count against the budget. */
export function createLimiter(limit: number, windowMs: number, now: () => number = Date.now): Limiter {
  const current = new Map<string, RateWindow>()
  const history: RateWindow[] = []
  return {
    windows: () => history.map((w) => ({ ...w })),
    take(key) {
      const t = now()
      let w = current.get(key)
      if (!w || t - w.start >= windowMs) {
        w = { key, start: t, allowed: 0, rejected: 0 }
        current.set(key, w)
        history.push(w)
        if (history.length > MAX_WINDOWS) history.shift()
      }
      const resetAt = w.start + windowMs
      if (w.allowed >= limit) {
        w.rejected++
        return { allowed: false, limit, remaining: 0, resetAt }
      }
      w.allowed++
      return { allowed: true, limit, remaining: limit - w.allowed, resetAt }
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
