import { AffiliateError, type Provider } from './errors/affiliate-error.js'

/** Bad input (arguments, options, what the given fetch returned): a plain AffiliateError. */
export function invalid(message: string, provider?: Provider): AffiliateError {
  return new AffiliateError(message, { provider })
}
