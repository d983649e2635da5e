import { ERROR_BRAND, type AffiliateError } from './affiliate-error.ts'
import type { ApiError } from './api-error.ts'
import type { TimeoutError } from './timeout-error.ts'
import type { WebhookVerificationError } from './webhook-verification-error.ts'

/**
 * What `isAffiliateError` narrows to: any of our errors, with the fields its subclasses add as
 * optional, so `e.status === 404` or `e.code` type-check without a cast (`undefined` where absent).
 */
export type AnyAffiliateError = AffiliateError &
  Partial<Pick<ApiError, 'status' | 'code' | 'requestId' | 'details' | 'headers' | 'retryAfter'>> &
  Partial<Pick<TimeoutError, 'timeout'>> &
  Partial<Pick<WebhookVerificationError, 'reason'>>

/** True for any error thrown by affiliate-fetch, even one from another realm or bundle copy. */
export function isAffiliateError(value: unknown): value is AnyAffiliateError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ERROR_BRAND] === true
}
