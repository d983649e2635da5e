import { ApiError, type ApiErrorInit } from './api-error.js'

/** 429: too many requests, or a quota. `retryAfter` is in seconds, undefined when the server gave none. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError' as const
  readonly retryAfter: number | undefined

  constructor(message: string, init: ApiErrorInit & { retryAfter?: number | undefined }) {
    super(message, init)
    this.retryAfter = init.retryAfter
  }
}
