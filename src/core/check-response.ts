import type { Provider } from './errors/affiliate-error.js'
import { ApiError } from './errors/api-error.js'
import { invalid } from './invalid.js'

/**
 * What fetch resolved to, when it is a Response we read. Redirects are not followed (fetch gets
 * `redirect: 'manual'`): our headers carry the credential, and a redirect could take it anywhere.
 * A 3xx (or a browser's opaque redirect, status 0) is an ApiError REDIRECT_NOT_FOLLOWED.
 */
export function checkResponse(response: Response, provider: Provider): Response {
  if (typeof response?.status !== 'number' || typeof response.headers?.get !== 'function') {
    throw invalid(`${provider}: fetch gave no Response`, provider)
  }
  const { status } = response
  if ((status < 300 || status > 399) && status) return response
  response.body?.cancel().catch(() => {})
  throw new ApiError(`${provider} ${status}: redirect not followed`, { provider, status, code: 'REDIRECT_NOT_FOLLOWED' })
}
