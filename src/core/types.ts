import type { Provider } from './errors/affiliate-error.ts'
import type { Hooks, ResponseEvent } from './hooks.ts'

/** Any fetch-compatible function: global fetch, a Worker service binding's fetch, a test double. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>

/** The HTTP methods the three APIs use (AgentClick: POST only). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** Options accepted by `createAgentRef`, `createAgentClick` and `createAgentries`. */
export interface ClientOptions {
  /** Base URL of the API. Must be `https:`, except for loopback hosts. Default: the provider's documented URL. */
  baseUrl?: string
  /** Per-attempt timeout in milliseconds, a whole number from 1 to 2^31-1. Default 30 000. */
  timeout?: number
  /** Retries after the first attempt, for requests that are safe to repeat: a whole number from 0 to 10. Default 2. */
  maxRetries?: number
  /**
   * Longest server-demanded wait (Retry-After) that is waited out, in milliseconds, a whole number
   * from 1 to 2^31-1; a longer demand is not waited out: the error is thrown at once. Default 60 000.
   */
  maxRetryAfter?: number
  /** Largest response body read, in bytes (1 to 2^31-1); a larger one is an ApiError RESPONSE_TOO_LARGE. Default 16 MiB. */
  maxResponseBytes?: number
  /** Fetch implementation, called unbound. Default: `globalThis.fetch` at call time. */
  fetch?: FetchLike
  /** Extra headers on every request (names case-insensitive; a call's `headers` win). */
  headers?: Record<string, string>
  /** Allow a client that holds a credential inside a browser page (anyone who loads the page can read it). Default false. */
  dangerouslyAllowBrowser?: boolean
  /** Observers of every call's attempts and retries (logs, metrics, tracing). */
  hooks?: Hooks
}

/** AgentClick's two rate-limit budgets: READ actions and WRITE actions (the docs' badge). */
export type RateLimitBucket = 'read' | 'write'

/**
 * What a client's `rateLimit` option takes: `pace()` (AgentRef, Agentries), AgentClick's token
 * buckets, or your own object, so the state can live elsewhere (a Durable Object, Redis) and be
 * shared by every instance of your app.
 */
export interface RateLimiter<Bucket extends RateLimitBucket | undefined = RateLimitBucket | undefined> {
  /**
   * Resolves when the call may be sent; awaited once per call, before its first attempt, after
   * its input passed every check (retries reuse it). Should reject with `signal.reason` the moment
   * the signal aborts. Any rejection (an abort, or "the wait would be too long") becomes the
   * call's rejection, unchanged, and nothing is sent.
   *
   * `bucket` is AgentClick's budget for the action (`read` or `write`); `undefined` for AgentRef
   * and Agentries, whose documented limits count every request of a key alike. `client` is the
   * calling client: its `provider`, and `maxRetryAfter`, the longest wait it accepts (ms).
   */
  take(bucket: Bucket, signal?: AbortSignal, client?: Client): Promise<void>
  /**
   * Sees the end of every attempt of the client's calls, as a hook does (`Hooks.onResponse`, run
   * after the client's and the call's hooks): `event.headers` holds what the server said of its
   * budget (see `readRateLimit`), errors included. What it throws is reported, never the call's
   * outcome.
   */
  onResponse?(event: ResponseEvent): void
}

/** Per-call options, merged over the client's. */
export interface RequestOptions {
  /** Cancels the call: its current attempt and any wait at once; the call rejects with the signal's `reason`. */
  signal?: AbortSignal
  /** Per-attempt timeout for this call, in milliseconds (1 to 2^31-1). Default: the client's `timeout`. */
  timeout?: number
  /** Retries for this call, 0 to 10 (only requests that are safe to repeat are retried). Default: the client's `maxRetries`. */
  maxRetries?: number
  /** Extra headers for this call, over the client's (names case-insensitive). */
  headers?: Record<string, string>
  /** Observers of this call, run after the client's. */
  hooks?: Hooks
}

/** Per-call options of calls that can carry an `Idempotency-Key` (AgentRef POST). */
export interface IdempotentRequestOptions extends RequestOptions {
  /** Your key; or `false` to send none, which also turns retries off for this call. */
  idempotencyKey?: string | false
}

/** A configured client: a plain frozen object. The credential is held non-enumerably. */
export interface Client<P extends Provider = Provider> {
  /** Which API the client calls. */
  readonly provider: P
  /** The base URL every path is appended to (no trailing slash). */
  readonly baseUrl: string
  /** Per-attempt timeout, in milliseconds. */
  readonly timeout: number
  /** Retries after the first attempt, for requests that are safe to repeat. */
  readonly maxRetries: number
  /** Longest server-demanded wait that is waited out, in milliseconds. */
  readonly maxRetryAfter: number
  /** Largest response body read, in bytes. */
  readonly maxResponseBytes: number
  /** The `fetch` option, or `undefined`: the global `fetch`, looked up at call time. */
  readonly fetch: FetchLike | undefined
  /** The `headers` option, names lower-cased. */
  readonly headers: Readonly<Record<string, string>>
  /** The `hooks` option, or `undefined`. */
  readonly hooks: Hooks | undefined
  /** Where every call of this client takes its slot (the `rateLimit` option), or `undefined`. */
  readonly rateLimiter: RateLimiter | undefined
}
