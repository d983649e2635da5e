import { AffiliateError, type Provider } from './affiliate-error.js'

export interface ApiErrorInit {
  provider?: Provider | undefined
  status: number
  code?: string | undefined
  requestId?: string | undefined
  details?: unknown
  headers?: Record<string, string> | undefined
}

/** The API answered with an error status (or `success: false`). */
export class ApiError extends AffiliateError {
  override name: string = 'ApiError'
  readonly status: number
  readonly code: string | undefined
  readonly requestId: string | undefined
  readonly details: unknown
  readonly headers: Record<string, string>

  constructor(message: string, init: ApiErrorInit) {
    super(message, { provider: init.provider })
    this.status = init.status
    this.code = init.code
    this.requestId = init.requestId
    this.details = init.details
    this.headers = init.headers ?? {}
  }
}
