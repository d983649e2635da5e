import { encode } from './encode.ts'

/**
 * Query string of an object: undefined and null dropped, strings, booleans and finite numbers as
 * text, arrays repeat the key. Throws a message on anything else.
 */
export function buildQuery(query: any): string {
  let text = ''
  for (const key of Object.keys(query ?? {})) {
    const what = `query parameter ${JSON.stringify(key)}`
    for (const item of [query[key] ?? []].flat()) {
      const type = typeof item
      if (type != 'string' && type != 'boolean' && !(type == 'number' && isFinite(item))) throw `${what} must be a string, boolean or finite number`
      text += `${text ? '&' : '?'}${encode(key, what)}=${encode(String(item), what)}`
    }
  }
  return text
}
