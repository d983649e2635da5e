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
  return values.reduce<string>((out, value, i) => {
    if (typeof value !== 'string' || !value.trim() || /^(\.|%2e)+$/i.test(value) || hasLoneSurrogate(value)) {
      throw `path parameter ${i + 1} must be a non-empty string of whole characters, not "." or "..": got ${describe(value)}`
    }
    return out + encodeURIComponent(value) + strings[i + 1]
  }, strings[0]!)
}

/** Half of a UTF-16 pair: no URL or header can carry it (encodeURIComponent throws, URLSearchParams replaces it). */
export const hasLoneSurrogate = (text: string): boolean => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)

export function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : value === null ? 'null' : typeof value
}
