/** Checks a base URL (https, or http on a loopback host) and drops trailing slashes. Throws a message. */
export function normalizeBaseUrl(value: string): string {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {}
  if (!url || url.search || url.hash || url.username || url.password || !(url.protocol == 'https:' || (url.protocol == 'http:' && /^(localhost|127(\.\d+){3}|\[::1\])$/.test(url.hostname)))) {
    // Not quoted: a URL with user info can hold a password.
    throw 'baseUrl must be https: (http: on loopback), without query or user'
  }
  return url.href.replace(/\/+$/, '')
}
