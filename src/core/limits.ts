/** The longest delay a timer can hold (setTimeout fires at once past it). */
export const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * The numeric option `key` of `options`: `fallback` when undefined, else the value if a whole
 * number from 1 (0 for a maximum of 10: `maxRetries`) to `max`; otherwise throws a message that
 * does not quote the value.
 */
export function numberOption(options: any, key: string, fallback: number, max: number = MAX_TIMER_MS): number {
  const value = options[key]
  const min = +(max > 10)
  if (value === undefined) return fallback
  if (Number.isInteger(value) && value >= min && value <= max) return value
  throw `${key} must be a whole number from ${min} to ${max}`
}
