import { ApiError } from './api-error.ts'

/** 400 or 422: the request was rejected as invalid. */
export class ValidationError extends ApiError {
  /** Always `'ValidationError'`. */
  override name = 'ValidationError' as const
}
