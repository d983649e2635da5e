import { encode } from './encode.ts'

/**
 * An operation's path: a plain string when it has no parameters, else what the `path` tag makes,
 * which builds (checks and encodes) at send time, so bad parameters reject the call instead of
 * throwing; and only bundles with path parameters carry that code.
 */
export type PathTemplate = string | ((() => string) & { strings: readonly string[] })

/** The path template hooks report: every parameter as `{id}` (`/programs/{id}`), low-cardinality. */
export const routeOf = (path: PathTemplate): string => (typeof path == 'string' ? path : path.strings.join('{id}'))

/**
 * Tag for operation paths with parameters: path`/programs/${id}/stats`. Each parameter becomes
 * exactly one percent-encoded segment. Empty and dot-only values are refused: URL parsers resolve
 * "." and ".." (and their %2e forms) however they are encoded. Throws a message.
 */
export const path = (strings: TemplateStringsArray, ...values: unknown[]): PathTemplate =>
  Object.assign(
    () =>
      strings.reduce((out, text, i) => {
        const value = values[i - 1]
        if (typeof value != 'string' || !value.trim() || /^(\.|%2e)+$/i.test(value)) throw `path parameter ${i} must be a non-empty string, not . or ..`
        return out + encode(value, i) + text
      }),
    { strings },
  )
