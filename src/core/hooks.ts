import type { Provider } from './errors/affiliate-error.ts'
import { redact } from './redact.ts'
import type { HttpMethod } from './types.ts'

/** What `onRequest` sees before each attempt. No credential in any field. */
export interface RequestEvent {
  /** Which API the call goes to. */
  provider: Provider
  /** The HTTP method (AgentClick: always POST). */
  method: HttpMethod
  /** The path template, every parameter as `{id}` (`/programs/{id}`); AgentClick: the action name. */
  route: string
  /** The full URL sent (the credential travels in a header, never in it). */
  url: string
  /** 0 for the first attempt. */
  attempt: number
  /** The `Idempotency-Key` sent (AgentRef POSTs that carry one), else `undefined`. */
  idempotencyKey?: string | undefined
}

/**
 * What `onResponse` sees after each attempt: the very object `onRequest` saw for that attempt,
 * completed with how it ended (so a tracer can key a span on it).
 */
export interface ResponseEvent extends RequestEvent {
  /** The response's status, when one came. */
  status?: number | undefined
  /**
   * The response's headers, when one came: a copy with the credential redacted wherever the
   * server echoed it (hooks feed logs). `withResponse` gives them as they came.
   */
  headers?: Headers | undefined
  /** The `x-request-id` header of a success, or the error's `requestId`. */
  requestId?: string | undefined
  /** Milliseconds from the attempt's start (just after `onRequest`) to its end: body read, or failure. */
  durationMs: number
  /** The typed error, when the attempt failed (a caller's abort: the signal's reason). */
  error?: unknown
}

/** What `onRetry` sees before each backoff wait. */
export interface RetryEvent {
  /** The failure about to be retried: an `ApiError` of a retried status, a `TimeoutError` or a `ConnectionError`. */
  error: unknown
  /** The attempt that failed, 0 for the first. */
  attempt: number
  /** The wait before the next attempt, in milliseconds. */
  delay: number
}

/**
 * Observers of calls, for logs, metrics and tracing. A hook cannot change the request, and one
 * that throws changes nothing about the call: its error is reported (`reportError`, else an
 * unhandled rejection), never swallowed.
 */
export interface Hooks {
  /** Before each attempt is sent. */
  onRequest?: (event: RequestEvent) => void
  /** After each attempt, whether a response came or it failed; the same event object as `onRequest`'s, completed. */
  onResponse?: (event: ResponseEvent) => void
  /** Before each backoff wait between attempts. */
  onRetry?: (event: RetryEvent) => void
}

/** A response's headers as hooks see them: a copy with the credential redacted; `undefined` when unreadable. */
export function redactHeaders(headers: Headers, secret: string | undefined): Headers | undefined {
  try {
    return new Headers(redact(Object.fromEntries(headers), secret))
  } catch {}
}

/**
 * Calls the client's hook, then the call's, then the rate limiter's (it observes as a hook does);
 * what one throws (not being a function included) is reported, not thrown.
 */
export function emit(layers: readonly (Hooks | undefined)[], name: keyof Hooks, event: unknown): void {
  for (const hooks of layers) {
    try {
      ;(hooks?.[name] as ((e: unknown) => void) | undefined)?.(event)
    } catch (error) {
      const report = (globalThis as { reportError?: (e: unknown) => void }).reportError
      report ? report(error) : Promise.reject(error)
    }
  }
}
