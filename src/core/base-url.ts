import type { Provider } from './errors/affiliate-error.js'
import { invalid } from './invalid.js'

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

/** Checks a base URL (https, or http on loopback only) and drops trailing slashes. */
export function normalizeBaseUrl(value: string, provider: Provider): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw invalid(`baseUrl is not a valid URL: ${JSON.stringify(value)}`, provider)
  }
  const loopback = LOOPBACK.test(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw invalid(`baseUrl must use https: (plain http: is allowed for loopback hosts only): ${url.origin}`, provider)
  }
  if (url.search || url.hash || url.username || url.password) {
    throw invalid('baseUrl must not carry a query, fragment or user info', provider)
  }
  return url.href.replace(/\/+$/, '')
}
