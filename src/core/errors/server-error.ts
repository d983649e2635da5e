import { ApiError } from './api-error.js'

/** 5xx: the server failed. */
export class ServerError extends ApiError {
  override name = 'ServerError' as const
}
