import { ApiError } from './api-error.ts'

/** 403: the credential may not do this. */
export class ForbiddenError extends ApiError {
  /** Always `'ForbiddenError'`. */
  override name = 'ForbiddenError' as const
}
