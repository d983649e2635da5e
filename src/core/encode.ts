/**
 * encodeURIComponent, skipped for text that needs none (most ids and numbers). Throws a message
 * naming `what` for what no URL can carry: half of a UTF-16 pair.
 */
export function encode(text: string, what: string): string {
  try {
    return /^[\w.~-]*$/.test(text) ? text : encodeURIComponent(text)
  } catch {
    throw `${what} holds a lone surrogate`
  }
}
