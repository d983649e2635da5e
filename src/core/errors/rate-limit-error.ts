import { ApiError } from './api-error.ts'

/** 429: too many requests, or a quota. `retryAfter` is in seconds, undefined when the server gave none. */
export class RateLimitError extends ApiError {
  /** Always `'RateLimitError'`. */
  override name = 'RateLimitError' as const
}
