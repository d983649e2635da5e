import { ApiError, type ApiErrorInit } from './api-error.ts'
import { AuthError } from './auth-error.ts'
import { ConflictError } from './conflict-error.ts'
import { ForbiddenError } from './forbidden-error.ts'
import { NotFoundError } from './not-found-error.ts'
import { RateLimitError } from './rate-limit-error.ts'
import { ServerError } from './server-error.ts'
import { ValidationError } from './validation-error.ts'

/** The error of an HTTP status: its own class, ServerError for 5xx, else (a 2xx too) a plain `ApiError`. */
export const errorForStatus = (message: string, init: ApiErrorInit): ApiError =>
  new (({ 400: ValidationError, 401: AuthError, 403: ForbiddenError, 404: NotFoundError, 409: ConflictError, 422: ValidationError, 429: RateLimitError } as Record<number, typeof ApiError>)[init.status] ??
    (init.status > 499 ? ServerError : ApiError))(message, init)
