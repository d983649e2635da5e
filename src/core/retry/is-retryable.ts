import { ApiError } from '../errors/api-error.ts'
import { ConnectionError } from '../errors/connection-error.ts'
import { TimeoutError } from '../errors/timeout-error.ts'

/** Transient failures: the network, a timeout, or 408/429/500/502/503/504 (with a body that could be read). */
export const isRetryable = (error: unknown): boolean =>
  error instanceof ConnectionError ||
  error instanceof TimeoutError ||
  (error instanceof ApiError && [408, 429, 500, 502, 503, 504].includes(error.status) && error.code != 'RESPONSE_UNREADABLE')
