import { ApiError } from './api-error.ts'

/** 5xx: the server failed. */
export class ServerError extends ApiError {
  /** Always `'ServerError'`. */
  override name = 'ServerError' as const
}
