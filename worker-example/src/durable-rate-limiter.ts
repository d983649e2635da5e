// The library's pluggable rate limiter, backed by the RateLimiter Durable Object: AgentClick's
// per-bucket budget, and the pacing state of Agentries (what its responses said remains).
import { pace, type RateLimiter as ClientRateLimiter, type ResponseEvent } from 'affiliate-fetch'
import type { DurableObjectNamespace } from 'cloudflare:workers'
import type { RateLimiter } from './rate-limiter-object.js'

/** The budget is spent for longer than the caller may wait: answer 503 with `Retry-After`. */
export class RateLimitBusy extends Error {
  override readonly name = 'RateLimitBusy'
  constructor(readonly retryAfterMs: number) {
    super(`rate-limit budget spent for the next ${retryAfterMs} ms`)
  }
}

/** What one call spent on the limiter, for a `Server-Timing` header. */
export interface LimiterTiming {
  /** The round trip to the Durable Object, ms. */
  bookMs: number
  /** The wait for the booked slot, ms. */
  waitMs: number
}

/** What `durableRateLimiter` returns: a client's `rateLimit`, its timings, and `flush`. */
export interface DurableRateLimiter extends ClientRateLimiter {
  timings: LimiterTiming[]
  /** Resolves once every hold this limiter learnt is stored in the object (never rejects). */
  flush(): Promise<void>
}

/**
 * Sent this long after the reset a response announced, not on it: the reset is rounded to
 * seconds and measured on two clocks.
 */
const HOLD_MARGIN_MS = 250

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
 *
 * `createAgentries({ rateLimit: durableRateLimiter(env.RATE_LIMITER, 'agentries:' + did, 10_000) })`:
 * a response saying nothing remains puts a hold in the object until the reset, and every
 * isolate's next call waits for it (or gets {@link RateLimitBusy}) instead of drawing a 429.
 * Await `flush()` before answering, so the hold is stored before the next request anywhere books.
 */
export function durableRateLimiter(namespace: DurableObjectNamespace<RateLimiter>, apiKey: string, maxWaitMs: number): DurableRateLimiter {
  const timings: LimiterTiming[] = []
  let stub: Promise<ReturnType<typeof namespace.get>> | undefined
  const object = () => (stub ??= objectName(apiKey).then((name) => namespace.get(namespace.idFromName(name))))
  // Holds on their way to the object; caught here, so a failure is reported and never unhandled.
  let holding: Promise<void> = Promise.resolve()
  // The library's own reading of a response (rate-limit headers, Retry-After): its `resumesAt`
  // moves later whenever a response says nothing remains; the object shares that with every isolate.
  const reader = pace()
  return {
    timings,
    flush: () => holding,
    async take(bucket, signal) {
      signal?.throwIfAborted()
      // A hold this client just learnt is stored before it books again.
      await holding
      const started = Date.now()
      const booking = await (await object()).book(bucket, maxWaitMs)
      const booked = Date.now()
      if ('retryAfterMs' in booking) throw new RateLimitBusy(booking.retryAfterMs)
      if (booking.waitMs > 0) await sleep(booking.waitMs, signal)
      timings.push({ bookMs: booked - started, waitMs: Date.now() - booked })
    },
    onResponse(event: ResponseEvent) {
      // AgentClick's slots follow its documented per-bucket budget; a header cannot say which bucket it counts.
      if (event.provider === 'agentclick') return
      const before = reader.resumesAt
      reader.onResponse!(event)
      const until = reader.resumesAt
      if (until <= before) return
      const stored = object()
        .then((s) => s.hold(until + HOLD_MARGIN_MS))
        .catch((error: unknown) => console.error('durableRateLimiter: the hold was not stored', error))
      holding = Promise.all([holding, stored]).then(() => undefined)
    },
  }
}

/** 503 with `Retry-After` in whole seconds (at least 1). */
export function busyResponse(error: RateLimitBusy): Response {
  const seconds = Math.max(1, Math.ceil(error.retryAfterMs / 1000))
  return Response.json({ error: 'RateLimitBusy', message: 'Too many requests right now; try again shortly.' }, { status: 503, headers: { 'retry-after': String(seconds) } })
}
