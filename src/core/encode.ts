/**
 * encodeURIComponent, skipped for text that needs none (most ids and numbers). Throws a message
 * naming the path parameter (a number) or query key for what no URL can carry: half of a UTF-16 pair.
 */
export function encode(text: string, where: number | string): string {
  try {
    return /^[\w.~-]*$/.test(text) ? text : encodeURIComponent(text)
  } catch {
    // JSON.stringify: a number as it is, a key in quotes.
    throw `${typeof where == 'number' ? 'path' : 'query'} parameter ${JSON.stringify(where)} holds a lone surrogate`
  }
}
