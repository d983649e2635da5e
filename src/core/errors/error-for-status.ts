import { ApiError, type ApiErrorInit } from './api-error.js'
import { AuthError } from './auth-error.js'
import { ConflictError } from './conflict-error.js'
import { ForbiddenError } from './forbidden-error.js'
import { NotFoundError } from './not-found-error.js'
import { RateLimitError } from './rate-limit-error.js'
import { ServerError } from './server-error.js'
import { ValidationError } from './validation-error.js'

/** The error class for an HTTP status; statuses without their own class get a plain `ApiError`. */
export function errorForStatus(
  message: string,
  init: ApiErrorInit & { retryAfter?: number | undefined },
): ApiError {
  const { status } = init
  if (status === 400 || status === 422) return new ValidationError(message, init)
  if (status === 401) return new AuthError(message, init)
  if (status === 403) return new ForbiddenError(message, init)
  if (status === 404) return new NotFoundError(message, init)
  if (status === 409) return new ConflictError(message, init)
  if (status === 429) return new RateLimitError(message, init)
  if (status >= 500) return new ServerError(message, init)
  return new ApiError(message, init)
}
