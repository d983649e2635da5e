import type { Provider } from './errors/affiliate-error.ts'
import { ConnectionError } from './errors/connection-error.ts'
import { redactCause, redactText } from './redact.ts'

/** The runtime's network failure (fetch rejected, or the body stream broke) as a ConnectionError, credential-free. */
export function networkError(error: unknown, provider: Provider | undefined, secret: string | undefined): ConnectionError {
  const message = (error as Error)?.message
  const detail = redactText(typeof message === 'string' ? message : 'fetch failed', secret)
  return new ConnectionError(`${provider}: network error: ${detail}`, redactCause(error, secret), provider)
}
