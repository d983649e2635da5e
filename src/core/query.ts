import type { Provider } from './errors/affiliate-error.js'
import { invalid } from './invalid.js'
import { describe } from './path.js'

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[]

function scalar(key: string, value: unknown, provider: Provider): string {
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(`query parameter "${key}" must be a finite number, got ${value}`, provider)
    return String(value)
  }
  throw invalid(`query parameter "${key}" must be a string, number or boolean, got ${describe(value)}`, provider)
}

/** Serialises a query object: undefined and null are dropped, arrays repeat the key. */
export function buildQuery(query: Record<string, unknown> | undefined, provider: Provider): string {
  if (!query) return ''
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue
    if (Array.isArray(value)) for (const item of value) search.append(key, scalar(key, item, provider))
    else search.append(key, scalar(key, value, provider))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}
