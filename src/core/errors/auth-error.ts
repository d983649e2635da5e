import { ApiError } from './api-error.ts'

/** 401: the credential is missing, invalid or expired. */
export class AuthError extends ApiError {
  /** Always `'AuthError'`. */
  override name = 'AuthError' as const
}
