/** A path with its parameters kept apart until send time, so bad ones reject the call instead of throwing. */
export interface PathTemplate {
  readonly strings: readonly string[]
  readonly values: readonly unknown[]
}

/** Tag for operation paths: path`/programs/${id}/stats`. Checking and encoding happen in `buildPath`. */
export function path(strings: TemplateStringsArray, ...values: unknown[]): PathTemplate {
  return { strings, values }
}

/**
 * Each parameter becomes exactly one percent-encoded segment. Empty and dot-only values are
 * refused: URL parsers resolve "." and ".." (and their %2e forms) however they are encoded.
 * Throws a message (the pipeline makes it an AffiliateError).
 */
export function buildPath({ strings, values }: PathTemplate): string {
  let out = strings[0]!
  for (let i = 0; i < values.length; ) {
    const value = values[i++]
    if (typeof value !== 'string' || !value.trim() || /^(\.|%2e)+$/i.test(value)) throw `path parameter ${i} must be a non-empty string, not . or ..: got ${describe(value)}`
    out += encode(value, i) + strings[i]
  }
  return out
}

/**
 * encodeURIComponent, skipped for text that needs none (most ids and numbers). Throws a message
 * naming the path parameter (a number) or query key for what no URL can carry: half of a UTF-16 pair.
 */
export function encode(text: string, where: number | string): string {
  try {
    return /^[\w.~-]*$/.test(text) ? text : encodeURIComponent(text)
  } catch {
    // JSON.stringify: a number as it is, a key in quotes.
    throw `${typeof where === 'number' ? 'path' : 'query'} parameter ${JSON.stringify(where)} holds a lone surrogate`
  }
}

/** What a refused value was, for a message: a string quoted, else its kind (never an object's content). */
export function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
}
