import { ApiError } from './errors/api-error.js'
import type { Provider } from './errors/affiliate-error.js'
import { headersToRecord } from './read-response.js'
import type { FetchLike } from './types.js'

const REDIRECTS = new Set([301, 302, 303, 307, 308])
const MAX_REDIRECTS = 5

/**
 * fetch with redirects followed by hand, same origin only: the credential in our headers must
 * never reach another origin, whatever the runtime's own redirect rules are.
 */
export async function send(fetchFn: FetchLike, url: string, init: RequestInit, provider: Provider): Promise<Response> {
  const origin = new URL(url).origin
  let current = url
  let { method, body } = init
  const headers = new Headers(init.headers)
  for (let hops = 0; ; hops++) {
    const response = await fetchFn(current, { ...init, method, body, headers, redirect: 'manual' })
    if (response.type === 'opaqueredirect') {
      throw new ApiError('The server redirected, and this runtime hides where to: not followed', {
        provider, status: 0, code: 'REDIRECT_NOT_FOLLOWED',
      })
    }
    const location = response.headers.get('location')
    if (!REDIRECTS.has(response.status) || location === null) return response
    await response.body?.cancel()
    const next = new URL(location, current)
    if (next.origin !== origin || hops >= MAX_REDIRECTS) {
      const why = next.origin !== origin ? `to another origin (${next.origin}), which would see the credential` : 'too many times'
      throw new ApiError(`The server redirected ${why}: not followed`, {
        provider, status: response.status, code: 'REDIRECT_NOT_FOLLOWED', headers: headersToRecord(response.headers),
      })
    }
    if (response.status === 303 || (method === 'POST' && response.status < 303)) {
      method = 'GET'
      body = undefined
      headers.delete('content-type')
    }
    current = next.href
  }
}
