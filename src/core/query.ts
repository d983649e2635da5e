import { encode } from './encode.ts'
import { assertParams } from './params.ts'

/**
 * Query string of an object: undefined and null dropped, strings, booleans and finite numbers as
 * text, arrays repeat the key. Throws a message on anything else, and unless `query` is a plain
 * object or absent.
 */
export function buildQuery(query: any): string {
  let text = ''
  assertParams(query)
  for (const key of Object.keys(query ?? {})) {
    const value = query[key]
    if (value != null) {
      for (const item of Array.isArray(value) ? value : [value]) {
        const type = typeof item
        if (type != 'string' && type != 'boolean' && !(type == 'number' && isFinite(item))) throw `query parameter ${JSON.stringify(key)} must be a string, boolean or finite number`
        text += `${text ? '&' : '?'}${encode(key, key)}=${encode(String(item), key)}`
      }
    }
  }
  return text
}
