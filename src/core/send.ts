import { ApiError } from './errors/api-error.js'
import type { Provider } from './errors/affiliate-error.js'
import type { FetchLike } from './types.js'

/**
 * fetch with redirects followed by hand, on the same origin only: our headers carry the
 * credential, and it must never reach another origin, whatever the runtime's redirect rules.
 */
export async function send(fetchFn: FetchLike, url: string, init: RequestInit, provider: Provider): Promise<Response> {
  const start = url
  for (let hops = 0; ; hops++) {
    const response = await fetchFn(url, { ...init, redirect: 'manual' })
    const location = response.headers.get('location')
    // A browser hides the target of a manual redirect (an "opaqueredirect" with status 0).
    if (!(response.status > 300 && response.status < 309 && location) && response.type !== 'opaqueredirect') return response
    const next = location ? new URL(location, url) : undefined
    if (next?.origin !== new URL(start).origin || hops > 4) {
      throw new ApiError(`${provider}: redirect to ${next?.origin ?? 'a hidden location'} not followed (same origin only)`, {
        provider, status: response.status, code: 'REDIRECT_NOT_FOLLOWED',
      })
    }
    if (response.status === 303 || (init.method === 'POST' && response.status < 303)) init = { ...init, method: 'GET', body: undefined }
    url = next.href
  }
}
