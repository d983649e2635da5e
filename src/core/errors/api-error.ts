import { AffiliateError, type Provider } from './affiliate-error.ts'

export interface ApiErrorInit {
  provider?: Provider | undefined
  status: number
  code?: string | undefined
  requestId?: string | undefined
  details?: unknown
  headers?: Record<string, string> | undefined
  /** Seconds the server asked to wait (Retry-After), when it said. */
  retryAfter?: number | undefined
}

/** The API answered with an error status (or `success: false`). */
export class ApiError extends AffiliateError {
  override name: string = 'ApiError'
  declare readonly status: number
  declare readonly code: string | undefined
  declare readonly requestId: string | undefined
  declare readonly details: unknown
  /** Response headers, lower-case names. */
  declare readonly headers: Record<string, string>
  /** Seconds the server asked to wait (`Retry-After` / `retry-after-ms`), when it said; e.g. on a 503. */
  declare readonly retryAfter: number | undefined

  constructor(message: string, init: ApiErrorInit) {
    super(message, { headers: {}, ...init })
  }
}
