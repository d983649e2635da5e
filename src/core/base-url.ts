import type { Provider } from './errors/affiliate-error.js'
import { invalid } from './invalid.js'

/** Checks a base URL (https, or http on a loopback host) and drops trailing slashes. */
export function normalizeBaseUrl(value: string, provider: Provider): string {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {}
  if (!url || url.search || url.hash || url.username || !(url.protocol === 'https:' || (url.protocol === 'http:' && /^(localhost|127(\.\d+){3}|\[::1\])$/.test(url.hostname)))) {
    // Not quoted: a URL with user info can hold a password.
    throw invalid('baseUrl must be https: (http: on loopback), without query or user', provider)
  }
  return url.href.replace(/\/+$/, '')
}
