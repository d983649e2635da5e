import { ApiError } from './api-error.ts'

/** 401: the credential is missing, invalid or expired. */
export class AuthError extends ApiError {
  override name = 'AuthError' as const
}
