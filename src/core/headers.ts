import { describe } from './path.js'

/** Header names and values as `Headers` and every runtime's HTTP layer accept them. */
const NAME = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i
const VALUE = /^[\t\x20-\x7e\x80-\xff]*$/

/** A caller's headers: a plain object or a `Headers`. */
export type HeadersInit = Record<string, string> | Headers

/**
 * Merges header layers into one object with lower-case names: later layers win, whatever their
 * spelling, so no header goes out twice or comma-joined. Undefined values are skipped.
 * Throws a message (the pipeline makes it an AffiliateError) for what a runtime would refuse,
 * without quoting the value: it may be a secret.
 */
export function mergeHeaders(into: Record<string, string>, layer: unknown, where: string): Record<string, string> {
  if (layer == null) return into
  const entries: [string, unknown][] = []
  if (typeof (layer as Headers).forEach === 'function' && !Array.isArray(layer)) (layer as Headers).forEach((value, name) => entries.push([name, value]))
  else if (typeof layer === 'object' && !Array.isArray(layer)) entries.push(...Object.entries(layer))
  else throw `${where} headers must be an object, got ${Array.isArray(layer) ? 'array' : describe(layer)}`
  for (const [name, value] of entries) {
    if (value === undefined) continue
    if (!NAME.test(name)) throw `${where} header name ${JSON.stringify(name)} is not a valid header name`
    if (typeof value !== 'string') throw `${where} header "${name}" must be a string, got ${describe(value)}`
    if (!VALUE.test(value)) throw `${where} header "${name}" holds characters a header cannot carry (line breaks, controls or non-Latin-1)`
    into[name.toLowerCase()] = value.trim()
  }
  return into
}
