import { ApiError } from './api-error.ts'

/** 404: the resource does not exist. */
export class NotFoundError extends ApiError {
  /** Always `'NotFoundError'`. */
  override name = 'NotFoundError' as const
}
