import { AffiliateError } from './affiliate-error.ts'

/**
 * The network failed: DNS, refused or dropped connection, TLS, or the connection broke while the
 * body was read. The runtime's own error is `cause`. Retried when the request is safe to repeat.
 */
export class ConnectionError extends AffiliateError {
  /** Always `'ConnectionError'`. */
  override name = 'ConnectionError' as const
}
