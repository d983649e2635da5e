// The library's pluggable AgentClick limiter, backed by the RateLimiter Durable Object.
import type { RateLimiter as AgentClickRateLimiter } from 'affiliate-fetch/agentclick'
import type { DurableObjectNamespace } from 'cloudflare:workers'
import type { RateLimiter } from './rate-limiter-object.js'

/** The budget is spent for longer than the caller may wait: answer 503 with `Retry-After`. */
export class RateLimitBusy extends Error {
  override readonly name = 'RateLimitBusy'
  constructor(readonly retryAfterMs: number) {
    super(`AgentClick budget spent for the next ${retryAfterMs} ms`)
  }
}

/** What one call spent on the limiter, for a `Server-Timing` header. */
export interface LimiterTiming {
  /** The round trip to the Durable Object, ms. */
  bookMs: number
  /** The wait for the booked slot, ms. */
  waitMs: number
}

/** The object's name: the hex SHA-256 of the key, so one object per key without the key in its name. */
async function objectName(apiKey: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(apiKey)))
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('')
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop)
      resolve()
    }, ms)
    const stop = (): void => {
      clearTimeout(timer)
      reject(signal!.reason)
    }
    signal?.addEventListener('abort', stop, { once: true })
  })
}

/**
 * `createAgentClick({ rateLimit: durableRateLimiter(env.RATE_LIMITER, key, 10_000) })`: each call
 * books a slot in the key's RateLimiter object and waits for it here, in the caller; a slot more
 * than `maxWaitMs` away is not booked and the call rejects with {@link RateLimitBusy}.
 */
export function durableRateLimiter(
  namespace: DurableObjectNamespace<RateLimiter>,
  apiKey: string,
  maxWaitMs: number,
): AgentClickRateLimiter & { timings: LimiterTiming[] } {
  const timings: LimiterTiming[] = []
  let stub: Promise<ReturnType<typeof namespace.get>> | undefined
  return {
    timings,
    async take(bucket, signal) {
      signal?.throwIfAborted()
      stub ??= objectName(apiKey).then((name) => namespace.get(namespace.idFromName(name)))
      const started = Date.now()
      const booking = await (await stub).book(bucket, maxWaitMs)
      const booked = Date.now()
      if ('retryAfterMs' in booking) throw new RateLimitBusy(booking.retryAfterMs)
      if (booking.waitMs > 0) await sleep(booking.waitMs, signal)
      timings.push({ bookMs: booked - started, waitMs: Date.now() - booked })
    },
  }
}

/** 503 with `Retry-After` in whole seconds (at least 1). */
export function busyResponse(error: RateLimitBusy): Response {
  const seconds = Math.max(1, Math.ceil(error.retryAfterMs / 1000))
  return Response.json({ error: 'RateLimitBusy', message: 'Too many clicks right now; try again shortly.' }, { status: 503, headers: { 'retry-after': String(seconds) } })
}
