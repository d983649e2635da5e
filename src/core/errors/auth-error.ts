import { ApiError } from './api-error.js'

/** 401: the credential is missing, invalid or expired. */
export class AuthError extends ApiError {
  override name = 'AuthError' as const
}
