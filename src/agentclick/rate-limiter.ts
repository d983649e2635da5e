import type { RateLimiter } from './client.ts'

/** Time source of the limiter; injectable so tests can drive it. */
export interface Clock {
  /** The current time, Unix milliseconds. */
  now(): number
  /** Runs `fn` after `ms` milliseconds; returns a handle for `clearTimeout`. */
  setTimeout(fn: () => void, ms: number): unknown
  /** Cancels a timer made by `setTimeout`. */
  clearTimeout(handle: unknown): void
}

// Looked up at call time, so fake timers installed after the client was made still apply.
const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

interface Waiter {
  grant(): void
}

/**
 * A token bucket refilled continuously: `limit` tokens per `windowMs`, never above `limit`.
 * Callers queue in order; a timer runs only while someone is waiting.
 */
function tokenBucket(limit: number, windowMs: number, clock: Clock): (signal?: AbortSignal) => Promise<void> {
  const cost = windowMs / limit // budget is kept in ms of refill, so a token costs `cost` ms
  let budget = windowMs
  let last = clock.now()
  let timer: unknown
  const queue: Waiter[] = []

  const refill = (): void => {
    const now = clock.now()
    budget = Math.min(windowMs, budget + Math.max(0, now - last))
    last = now
  }
  const schedule = (): void => {
    if (timer !== undefined) clock.clearTimeout(timer)
    timer = undefined
    if (queue.length === 0) return
    timer = clock.setTimeout(() => {
      timer = undefined
      refill()
      while (queue.length > 0 && budget >= cost) {
        budget -= cost
        queue.shift()!.grant()
      }
      schedule()
    }, Math.max(1, Math.ceil(cost - budget)))
  }

  return (signal) => {
    if (signal?.aborted) return Promise.reject(signal.reason)
    refill()
    if (queue.length === 0 && budget >= cost) {
      budget -= cost
      return Promise.resolve()
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        queue.splice(queue.indexOf(waiter), 1)
        schedule()
        reject(signal!.reason)
      }
      const waiter: Waiter = {
        grant() {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        },
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      queue.push(waiter)
      if (queue.length === 1) schedule()
    })
  }
}

/** AgentClick's documented limits: 200 reads and 30 writes per minute. */
export function createRateLimiter(clock: Clock = systemClock, limits = { read: 200, write: 30 }): RateLimiter {
  const buckets = { read: tokenBucket(limits.read, 60_000, clock), write: tokenBucket(limits.write, 60_000, clock) }
  return { take: (bucket, signal) => buckets[bucket](signal) }
}
