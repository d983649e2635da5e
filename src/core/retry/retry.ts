import { MAX_TIMER_MS } from '../limits.ts'
import { backoffDelay } from './backoff-delay.ts'
import { isRetryable } from './is-retryable.ts'
import { sleep } from './sleep.ts'

/** Options of `retry`. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number
  /** Aborts the current wait at once, and stops further attempts. */
  signal?: AbortSignal | undefined
  /** Longest server-demanded wait (an error's `retryAfter`) that is waited out, in ms; a longer one rethrows at once. Default 60 000. */
  maxRetryAfter?: number
  /** Which failures to retry. Default: connection errors, timeouts, 408/429/500/502/503/504. */
  shouldRetry?: (error: unknown, attempt: number) => boolean
  /** Called before each wait, for logging: `attempt` is the number of the attempt that failed, 0 for the first. */
  onRetry?: ((info: { error: unknown; attempt: number; delay: number }) => void) | undefined
}

/**
 * Runs `fn` until it succeeds, a failure is not retryable, or the retries are spent. A failure's
 * `retryAfter` (seconds, as on `ApiError`) replaces the backoff, up to `maxRetryAfter`.
 *
 * The backoff is min(500 ms * 2^n, 8 s) less up to 25 % jitter. The last failure is rethrown as
 * it is. Aborting `signal` stops further attempts and ends a wait at once, with the signal's reason.
 *
 * @param fn The work to run; `attempt` is 0 for the first run, 1 for the first retry, and so on.
 * @param options Retries, signal, which failures to retry, and a callback before each wait.
 * @returns What `fn` resolves to.
 */
export const retry = <T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> =>
  options.signal?.aborted ? Promise.reject(options.signal.reason) : fn(0).catch((error) => retryAfterFailure(fn, options, error))

/** The rest of `retry` once the first attempt failed with `error` (the request pipeline starts here only on a failure). */
export async function retryAfterFailure<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions, error: any): Promise<T> {
  const { maxRetries = 2, signal, maxRetryAfter = 60_000, shouldRetry = isRetryable, onRetry } = options
  for (let attempt = 0; ; ) {
    const demanded = error?.retryAfter * 1000 // NaN when not given
    // No wait longer than a timer can hold: past that, setTimeout fires at once.
    if (attempt >= maxRetries || signal?.aborted || !shouldRetry(error, attempt) || demanded > Math.min(maxRetryAfter, MAX_TIMER_MS)) throw error
    const delay = demanded >= 0 ? demanded : backoffDelay(attempt)
    onRetry?.({ error, attempt, delay })
    await sleep(delay, signal)
    signal?.throwIfAborted()
    try {
      return await fn(++attempt)
    } catch (failure) {
      error = failure
    }
  }
}
