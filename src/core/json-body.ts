import { assertParams } from './params.ts'

/**
 * A write's body for the request spec: its JSON text, built at send time so that a bad value
 * rejects the call instead of throwing; `undefined` sends none. Refuses what JSON.stringify would
 * silently corrupt (NaN, Infinity) or cannot write (bigint, cycles). Only writes import it: GET-only
 * bundles never carry it.
 */
export function jsonBody(value: unknown): (() => string) | undefined {
  if (value === undefined) return undefined
  return () => {
    assertParams(value)
    // A bigint (or a cycle) makes JSON.stringify throw, and the pipeline makes that bad input too.
    return JSON.stringify(value, (key, item) => {
      if (typeof item == 'number' && !isFinite(item)) throw `params.${key} cannot be sent as JSON: ${item}`
      return item
    })
  }
}
