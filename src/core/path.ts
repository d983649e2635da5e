import type { Provider } from './errors/affiliate-error.js'
import { invalid } from './invalid.js'

/** A path with its parameters kept apart until send time, so bad ones reject the call instead of throwing. */
export interface PathTemplate {
  readonly strings: readonly string[]
  readonly values: readonly unknown[]
}

/** Tag for operation paths: path`/programs/${id}/stats`. Cheap; checking and encoding happen in `buildPath`. */
export function path(strings: TemplateStringsArray, ...values: unknown[]): PathTemplate {
  return { strings, values }
}

/** Each parameter becomes exactly one percent-encoded segment; empty and dot-only values are refused. */
export function buildPath(template: PathTemplate, provider: Provider): string {
  let out = template.strings[0]!
  template.values.forEach((value, i) => {
    if (typeof value !== 'string' || value.trim() === '') {
      throw invalid(`path parameter ${i + 1} must be a non-empty string, got ${describe(value)}`, provider)
    }
    // URL parsers resolve "." and ".." (and %2e forms) however they are encoded: refuse them outright.
    if (/^(\.|%2e)+$/i.test(value)) {
      throw invalid(`path parameter ${i + 1} must not be a dot segment (${JSON.stringify(value)})`, provider)
    }
    out += encodeURIComponent(value) + template.strings[i + 1]!
  })
  return out
}

export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return JSON.stringify(value)
  return typeof value
}
