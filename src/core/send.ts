import { AffiliateError, type Provider } from './errors/affiliate-error.js'
import { ApiError } from './errors/api-error.js'
import type { FetchLike } from './types.js'

/**
 * fetch that follows no redirect: our headers carry the credential, and a redirect could take it
 * anywhere. A 3xx (or a browser's opaque redirect) is an ApiError REDIRECT_NOT_FOLLOWED.
 */
export async function send(fetchFn: FetchLike, url: string, init: RequestInit, provider: Provider): Promise<Response> {
  const response = await fetchFn(url, init)
  if (typeof response?.status !== 'number' || typeof response.headers?.get !== 'function') {
    throw new AffiliateError(`${provider}: fetch gave no Response`, { provider })
  }
  const { status } = response
  if ((status < 300 || status > 399) && status) return response
  response.body?.cancel().catch(() => {})
  throw new ApiError(`${provider} ${status}: redirect not followed`, { provider, status, code: 'REDIRECT_NOT_FOLLOWED' })
}
