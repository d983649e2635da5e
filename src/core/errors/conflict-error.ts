import { ApiError } from './api-error.ts'

/** 409: clashes with existing state (duplicate, reused idempotency key). */
export class ConflictError extends ApiError {
  /** Always `'ConflictError'`. */
  override name = 'ConflictError' as const
}
