/** The longest delay a timer can hold (setTimeout fires at once past it). */
export const MAX_TIMER_MS = 2 ** 31 - 1

export type NumericOption = 'timeout' | 'maxRetryAfter' | 'maxResponseBytes' | 'maxRetries'

/**
 * A numeric option: `fallback` when it is undefined, else its value if a whole number within the
 * option's range; otherwise throws a message quoting no more than the value.
 */
export function numberOption(options: Partial<Record<NumericOption, unknown>>, key: NumericOption, fallback: number): number {
  const value = options[key]
  if (value === undefined) return fallback
  const max = key === 'maxRetries' ? 10 : MAX_TIMER_MS
  const min = +(max > 10)
  if (!(Number.isInteger(value) && (value as number) >= min && (value as number) <= max)) throw `${key} must be a whole number from ${min} to ${max}`
  return value as number
}
