import { AffiliateError } from './affiliate-error.ts'

/** One attempt outlived its `timeout` (milliseconds), given as a field: `new TimeoutError(message, { provider, timeout })`. */
export class TimeoutError extends AffiliateError {
  /** Always `'TimeoutError'`. */
  override name = 'TimeoutError' as const
  /** The per-attempt timeout that ran out, in milliseconds. */
  declare readonly timeout: number
}
