import { describe, hasLoneSurrogate } from './path.js'

/** Query string of an object: undefined and null dropped, booleans and numbers as text, arrays repeat the key. Throws a message on bad values. */
export function buildQuery(query: object | undefined): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : value == null ? [] : [value]) {
      const type = typeof item
      if (!(type === 'string' || type === 'boolean' || (type === 'number' && Number.isFinite(item))) || hasLoneSurrogate(key + (type === 'string' ? item : ''))) {
        throw `query parameter ${JSON.stringify(key)} must be a string of whole characters, a boolean or a finite number: got ${type === 'number' ? item : describe(item)}`
      }
      search.append(key, String(item))
    }
  }
  const text = search.toString()
  return text && `?${text}`
}

/** JSON text of a body, refusing what JSON.stringify would silently corrupt (NaN, Infinity). Throws a message. */
export function jsonBody(value: unknown): string {
  return JSON.stringify(value, (key, item) => {
    if (typeof item === 'number' && !Number.isFinite(item)) throw `params.${key} must be a finite number, got ${item}`
    if (typeof item === 'bigint') throw `params.${key} cannot be sent as JSON (bigint)`
    return item
  })
}
