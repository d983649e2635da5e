import { AffiliateError } from './affiliate-error.ts'

/** One attempt outlived its `timeout` (milliseconds), given as a field: `new TimeoutError(message, { provider, timeout })`. */
export class TimeoutError extends AffiliateError {
  override name = 'TimeoutError' as const
  declare readonly timeout: number
}
