/**
 * An operation's path: a plain string when it has no parameters, else what the `path` tag makes,
 * which builds (checks and encodes) at send time, so bad parameters reject the call instead of
 * throwing; and only bundles with path parameters carry that code.
 */
export type PathTemplate = string | ((() => string) & { strings: readonly string[] })

/** Tag for operation paths with parameters: path`/programs/${id}/stats`. */
export function path(strings: TemplateStringsArray, ...values: unknown[]): PathTemplate {
  return Object.assign(() => buildPath(strings, values), { strings })
}

/** The path template hooks report: every parameter as `{id}` (`/programs/{id}`), low-cardinality. */
export const routeOf = (path: PathTemplate): string => (typeof path === 'string' ? path : path.strings.join('{id}'))

/**
 * Each parameter becomes exactly one percent-encoded segment. Empty and dot-only values are
 * refused: URL parsers resolve "." and ".." (and their %2e forms) however they are encoded.
 * Throws a message (the pipeline makes it an AffiliateError).
 */
function buildPath(strings: readonly string[], values: readonly unknown[]): string {
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
