import { ERROR_BRAND, type AffiliateError } from './affiliate-error.js'

/** True for any error thrown by affiliate-fetch, even one from another realm or bundle copy. */
export function isAffiliateError(value: unknown): value is AffiliateError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ERROR_BRAND] === true
}
