import { assertParams } from './params.js'

/**
 * JSON text of a params object, refusing what JSON.stringify would silently corrupt (NaN,
 * Infinity) or cannot write (bigint). Throws a message. Only writes import it: GET-only
 * bundles never carry it.
 */
export function jsonBody(value: unknown): string {
  assertParams(value)
  return JSON.stringify(value, (key, item) => {
    if (typeof item === 'bigint' || (typeof item === 'number' && !Number.isFinite(item))) throw `params.${key} cannot be sent as JSON: ${item}`
    return item
  })
}
