import { describe, encode } from './path.js'

/** Query string of an object: undefined and null dropped, booleans and numbers as text, arrays repeat the key. Throws a message on bad values. */
export function buildQuery(query: object | undefined): string {
  let text = ''
  for (const key of Object.keys(query ?? {})) {
    const value = (query as Record<string, unknown>)[key]
    for (const item of Array.isArray(value) ? value : value == null ? [] : [value]) {
      const type = typeof item
      let problem = type === 'string' || type === 'boolean' || (type === 'number' && Number.isFinite(item)) ? '' : `must be a string, boolean or finite number: got ${describe(item)}`
      try {
        if (!problem) text += `${text ? '&' : '?'}${encode(key)}=${encode(String(item))}`
      } catch {
        problem = 'holds a lone surrogate' // half of a UTF-16 pair: no URL can carry one
      }
      if (problem) throw `query parameter ${JSON.stringify(key)} ${problem}`
    }
  }
  return text
}
