import { AffiliateError } from './affiliate-error.ts'

/** The network failed: DNS, refused or dropped connection, TLS. The runtime's own error is `cause`. */
export class ConnectionError extends AffiliateError {
  override name = 'ConnectionError' as const
}
