import { AffiliateError } from './affiliate-error.ts'

/** Why a webhook delivery was rejected. */
export type WebhookVerificationReason =
  | 'missing_header'
  | 'invalid_secret'
  | 'invalid_timestamp'
  | 'timestamp_too_old'
  | 'timestamp_in_future'
  | 'no_matching_signature'
  | 'invalid_payload'
  /** Arguments of the wrong type: a body that is not text or bytes, headers that are not an object, a bad clock or tolerance. */
  | 'invalid_arguments'

/** A webhook delivery failed verification, or its verified body is not a JSON object: `new WebhookVerificationError(message, { provider, reason, cause })`. */
export class WebhookVerificationError extends AffiliateError {
  /** Always `'WebhookVerificationError'`. */
  override name = 'WebhookVerificationError' as const
  /** Why the delivery was rejected. */
  declare readonly reason: WebhookVerificationReason
}
