import { AffiliateError, type Provider } from './affiliate-error.ts'

/** The fields of an `ApiError` (and of its subclasses), as its constructor takes them. */
export interface ApiErrorInit {
  /** The API that answered. */
  provider?: Provider | undefined
  /** The response's HTTP status. */
  status: number
  /** The error code, when there is one. */
  code?: string | undefined
  /** The request id to quote to support, when there is one. */
  requestId?: string | undefined
  /** The error body's `details`, as sent. */
  details?: unknown
  /** The response's headers, lower-case names. Default `{}`. */
  headers?: Record<string, string> | undefined
  /** Seconds the server asked to wait (Retry-After), when it said. */
  retryAfter?: number | undefined
}

/**
 * The API answered with an error status (or `success: false`). Each documented status has its
 * subclass; a plain `ApiError` is any other status, or a response that could not be used
 * (see `code`).
 */
export class ApiError extends AffiliateError {
  /** `'ApiError'`, or the subclass's name. */
  override name: string = 'ApiError'
  /**
   * The response's HTTP status: an error status, a redirect (never followed), or the 2xx of a
   * response that could not be used (AgentClick's `success: false`, a body that is not JSON or
   * too large). 429 for `pace()`'s refusal, which sends nothing.
   */
  declare readonly status: number
  /**
   * The provider's error code when the body has one (AgentRef's `error.code`, an open string;
   * AgentClick and Agentries send none), or this library's: `RESPONSE_TOO_LARGE`, `INVALID_JSON`,
   * `INVALID_RESPONSE`, `RESPONSE_UNREADABLE`, `REDIRECT_NOT_FOLLOWED`, `RATE_LIMIT_PACED`.
   * `undefined` otherwise.
   */
  declare readonly code: string | undefined
  /** The body's `meta.requestId` (AgentRef), else the `X-Request-Id` header, to quote to support; `undefined` when neither came. */
  declare readonly requestId: string | undefined
  /** The error body's `details` as sent (AgentRef's `error.details`, Agentries' `details`); `undefined` when absent. Credential redacted. */
  declare readonly details: unknown
  /** Response headers, lower-case names (credential redacted); `{}` when none were kept (`pace()`'s refusal, AgentClick's `success: false`). */
  declare readonly headers: Record<string, string>
  /** Seconds the server asked to wait (`Retry-After` / `retry-after-ms`), when it said; e.g. on a 503. */
  declare readonly retryAfter: number | undefined

  /**
   * An error with `message`, whose `init` fields become its own properties (`headers` `{}` when not given).
   *
   * @param message The error's message.
   * @param init The status and the other fields.
   */
  constructor(message: string, init: ApiErrorInit) {
    super(message, { headers: {}, ...init })
  }
}
