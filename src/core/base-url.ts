import type { Provider } from './errors/affiliate-error.js'
import { invalid } from './invalid.js'

/** Checks a base URL (https, or http on a loopback host) and drops trailing slashes. */
export function normalizeBaseUrl(value: string, provider: Provider): string {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {}
  if (!url || url.search || url.hash || url.username || !(url.protocol === 'https:' || (url.protocol === 'http:' && /^(localhost|127(\.\d+){3}|\[::1\])$/.test(url.hostname)))) {
    throw invalid(`baseUrl must be https: (http: on loopback), without query or user: ${value}`, provider)
  }
  return url.href.replace(/\/+$/, '')
}
