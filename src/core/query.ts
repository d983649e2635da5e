import { describe, encode } from './path.ts'

/** Query string of an object: undefined and null dropped, booleans and numbers as text, arrays repeat the key. Throws a message on bad values. */
export function buildQuery(query: object | undefined): string {
  let text = ''
  if (query) {
    for (const key of Object.keys(query)) {
      const value = (query as Record<string, unknown>)[key]
      if (value != null) for (const item of Array.isArray(value) ? value : [value]) text += `${text ? '&' : '?'}${encode(key, key)}=${encode(scalar(item, key), key)}`
    }
  }
  return text
}

/** A query value as text: strings, booleans and finite numbers only. */
function scalar(item: unknown, key: string): string {
  const type = typeof item
  if (type === 'string' || type === 'boolean' || (type === 'number' && Number.isFinite(item))) return String(item)
  throw `query parameter ${JSON.stringify(key)} must be a string, boolean or finite number, got ${describe(item)}`
}
