import type { Provider } from './errors/affiliate-error.js'
import { ApiError } from './errors/api-error.js'
import { invalid } from './invalid.js'

/**
 * Throws unless fetch gave a Response to read (its `status` and `headers`, read once by the
 * caller: on some runtimes each read of a getter crosses into native code). Redirects are not
 * followed (fetch gets `redirect: 'manual'`): our headers carry the credential, and a redirect
 * could take it anywhere. A 3xx (or a browser's opaque redirect, status 0) is an ApiError
 * REDIRECT_NOT_FOLLOWED, its body cancelled.
 */
export function checkResponse(response: Response, status: unknown, headers: Headers | undefined, provider: Provider): asserts status is number {
  if (typeof status !== 'number' || typeof headers?.get !== 'function') throw invalid(`${provider}: fetch gave no Response`, provider)
  if ((status < 300 || status > 399) && status) return
  response.body?.cancel().catch(() => {})
  throw new ApiError(`${provider} ${status}: redirect not followed`, { provider, status, code: 'REDIRECT_NOT_FOLLOWED' })
}
