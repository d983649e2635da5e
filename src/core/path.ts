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
 * Returns an error message, or the path.
 */
export function buildPath({ strings, values }: PathTemplate): string | { error: string } {
  let out = strings[0]!
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (typeof value !== 'string' || !value.trim() || /^(\.|%2e)+$/i.test(value)) {
      return { error: `path parameter ${i + 1} must be a non-empty string other than "." or "..", got ${describe(value)}` }
    }
    out += encodeURIComponent(value) + strings[i + 1]
  }
  return out
}

export function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : value === null ? 'null' : typeof value
}
