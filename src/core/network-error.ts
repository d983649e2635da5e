import type { Provider } from './errors/affiliate-error.ts'
import { ConnectionError } from './errors/connection-error.ts'
import { redactCause, redactText } from './redact.ts'

/** The runtime's network failure (fetch rejected, or the body stream broke) as a ConnectionError, credential-free. */
export function networkError(error: any, provider: Provider | undefined, secret: string | undefined): ConnectionError {
  const detail = typeof error?.message == 'string' ? error.message : 'fetch failed'
  return new ConnectionError(redactText(`${provider}: network error: ${detail}`, secret), { provider, cause: redactCause(error, secret) })
}
