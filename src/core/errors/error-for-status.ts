import { ApiError, type ApiErrorInit } from './api-error.ts'
import { AuthError } from './auth-error.ts'
import { ConflictError } from './conflict-error.ts'
import { ForbiddenError } from './forbidden-error.ts'
import { NotFoundError } from './not-found-error.ts'
import { RateLimitError } from './rate-limit-error.ts'
import { ServerError } from './server-error.ts'
import { ValidationError } from './validation-error.ts'

const BY_STATUS: Record<number, typeof ApiError> = {
  400: ValidationError,
  401: AuthError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  422: ValidationError,
  429: RateLimitError,
}

/** The error class for an HTTP status; statuses without their own class (a 2xx too) get a plain `ApiError`. */
export function errorForStatus(message: string, init: ApiErrorInit): ApiError {
  const Class = BY_STATUS[init.status] ?? (init.status >= 500 ? ServerError : ApiError)
  return new Class(message, init)
}
