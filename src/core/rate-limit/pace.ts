import { MAX_TIMER_MS } from '../limits.ts'
import { RateLimitError } from '../errors/rate-limit-error.ts'
import { retryAfter } from '../retry/retry-after.ts'
import type { Client, RateLimiter } from '../types.ts'
import { readRateLimit } from './read-rate-limit.ts'

/** `pace()`'s limiter, with when it next lets calls through, for logs and tests. */
export interface Pacer extends RateLimiter {
  /** Unix ms until which calls are held (0 or past: none are). */
  readonly resumesAt: number
}

/**
 * A rate limiter that follows what the server says, for `createAgentRef({ rateLimit: pace() })`
 * and `createAgentries({ rateLimit: pace() })`: once a response says nothing remains
 * (`remaining` 0 in its rate-limit headers, see `readRateLimit`) or asks for a pause
 * (`Retry-After`), calls wait for the reset instead of drawing 429s. Every waiting call is
 * released at once when the reset comes; a call's `signal` ends its wait (with its reason); a
 * wait longer than the client's `maxRetryAfter` fails at once with a `RateLimitError` and sends
 * nothing. Its state is its own: give one to each client, or share one among clients of the same
 * key. Calls already sent when the budget ran out are not recalled.
 */
export function pace(): Pacer {
  let resumesAt = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const waiting = new Set<() => void>()

  // One timer for everyone waiting: released together, and no timer left once nobody waits.
  const arm = (): void => {
    clearTimeout(timer)
    timer = waiting.size ? setTimeout(release, Math.min(MAX_TIMER_MS, Math.max(0, resumesAt - Date.now()))) : undefined
  }
  const release = (): void => {
    const woken = [...waiting]
    waiting.clear()
    timer = undefined
    for (const wake of woken) wake()
  }

  const take = (_bucket: unknown, signal?: AbortSignal, client?: Client): Promise<void> => {
    if (signal?.aborted) return Promise.reject(signal.reason)
    const wait = resumesAt - Date.now()
    if (wait <= 0) return Promise.resolve()
    const maxWait = client?.maxRetryAfter ?? 60_000
    if (wait > maxWait) {
      const provider = client?.provider
      const seconds = Math.ceil(wait / 1000)
      return Promise.reject(
        new RateLimitError(`${provider ?? 'rate limit'}: no requests left for ${seconds} s, longer than maxRetryAfter (${maxWait} ms); nothing was sent`, {
          provider,
          status: 429,
          code: 'RATE_LIMIT_PACED',
          retryAfter: wait / 1000,
        }),
      )
    }
    return new Promise<void>((resolve, reject) => {
      const stop = (): void => {
        waiting.delete(wake)
        if (!waiting.size) arm()
        reject(signal!.reason)
      }
      // The reset may have moved while waiting (a later response): look again.
      const wake = (): void => {
        signal?.removeEventListener('abort', stop)
        resolve(take(_bucket, signal, client))
      }
      signal?.addEventListener('abort', stop)
      waiting.add(wake)
      if (waiting.size == 1) arm()
    })
  }

  return {
    get resumesAt() {
      return resumesAt
    },
    take,
    onResponse({ headers }) {
      if (!headers) return // no response came: nothing learnt
      const now = Date.now()
      const state = readRateLimit(headers, now)
      const pause = retryAfter(Object.fromEntries(headers), now)
      let until = pause === undefined ? 0 : now + pause * 1000
      if (state?.remaining === 0 && state.resetAfter !== undefined) until = Math.max(until, now + state.resetAfter * 1000)
      if (until > resumesAt) {
        resumesAt = until
        if (waiting.size) arm()
      }
    },
  }
}
