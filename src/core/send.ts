import { AffiliateError, type Provider } from './errors/affiliate-error.js'
import { ApiError } from './errors/api-error.js'
import type { FetchLike } from './types.js'

/** Frees the connection of a response we will not read. */
const discard = (response: Response): void => void response.body?.cancel().catch(() => {})

/**
 * fetch with redirects followed by hand, on the same origin only: our headers carry the
 * credential, and it must never reach another origin, whatever the runtime's redirect rules.
 */
export async function send(fetchFn: FetchLike, url: string, init: RequestInit, provider: Provider): Promise<Response> {
  const start = new URL(url).origin
  for (let hops = 0; ; hops++) {
    const response = await fetchFn(url, { ...init, redirect: 'manual' })
    if (typeof response?.status !== 'number' || typeof response.headers?.get !== 'function') {
      throw new AffiliateError(`${provider}: fetch resolved to something that is not a Response`, { provider })
    }
    const location = response.headers.get('location')
    // A browser hides the target of a manual redirect (an "opaqueredirect" with status 0).
    if (!(response.status > 300 && response.status < 309 && location) && response.type !== 'opaqueredirect') return response
    discard(response)
    let next: URL | undefined
    try {
      next = location ? new URL(location, url) : undefined
    } catch {}
    // A target with user:pass@ would make fetch throw; it is the server's fault, not the network's.
    if (next?.origin !== start || next.username || next.password || hops > 4) {
      throw new ApiError(`${provider}: redirect to ${next?.username || next?.password ? 'a URL with credentials' : (next?.origin ?? 'a hidden or invalid location')} not followed (same origin only)`, {
        provider, status: response.status, code: 'REDIRECT_NOT_FOLLOWED',
      })
    }
    if (response.status === 303 || (init.method === 'POST' && response.status < 303)) init = { ...init, method: 'GET', body: undefined }
    url = next.href
  }
}
