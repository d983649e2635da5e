import { AffiliateError, type Provider } from './affiliate-error.ts'

/** One attempt outlived its `timeout` (milliseconds). */
export class TimeoutError extends AffiliateError {
  override name = 'TimeoutError' as const
  declare readonly timeout: number

  constructor(timeout: number, provider?: Provider) {
    super(`Request timed out after ${timeout} ms`, { provider })
    ;(this as { timeout: number }).timeout = timeout
  }
}
