import { AffiliateError, type Provider } from './errors/affiliate-error.js'

/** Bad input, caught before anything is sent. */
export function invalid(message: string, provider?: Provider): AffiliateError {
  return new AffiliateError(message, { provider })
}
