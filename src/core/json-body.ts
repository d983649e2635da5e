import type { Provider } from './errors/affiliate-error.js'
import { invalid } from './invalid.js'

/** JSON text of a body, refusing what JSON.stringify would silently corrupt (NaN, Infinity, bigint). */
export function jsonBody(value: unknown, provider: Provider): string {
  assertSerialisable(value, 'params', provider)
  return JSON.stringify(value)
}

function assertSerialisable(value: unknown, where: string, provider: Provider): void {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw invalid(`${where} must be a finite number, got ${value}`, provider)
  }
  if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') {
    throw invalid(`${where} cannot be sent as JSON (${typeof value})`, provider)
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) assertSerialisable(item, `${where}.${key}`, provider)
  }
}
