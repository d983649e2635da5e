import { ApiError } from '../errors/api-error.ts'
import { ConnectionError } from '../errors/connection-error.ts'
import { TimeoutError } from '../errors/timeout-error.ts'

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504])

/** Transient failures: the network, a timeout, or 408/429/500/502/503/504 (with a body that could be read). */
export function isRetryable(error: unknown): boolean {
  return (
    error instanceof ConnectionError ||
    error instanceof TimeoutError ||
    (error instanceof ApiError && RETRYABLE_STATUSES.has(error.status) && error.code !== 'RESPONSE_UNREADABLE')
  )
}
