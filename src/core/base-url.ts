/** Checks a base URL (https, or http on a loopback host) and drops trailing slashes. Throws a message. */
export function normalizeBaseUrl(value: string): string {
  let href = ''
  try {
    href = new URL(value).href
  } catch {}
  // No query, fragment or user info (`?`, `#`, `@`), even in the path: neither belongs in a base URL.
  if (/[?#@]/.test(href) || !/^(https:|http:\/\/(localhost|127(\.\d+){3}|\[::1\])(:\d+)?\/)/.test(href)) {
    // Not quoted: a URL with user info can hold a password.
    throw 'baseUrl must be https: (http: on loopback), without query or user'
  }
  return href.replace(/\/+$/, '')
}
