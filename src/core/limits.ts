/** The longest delay a timer can hold (setTimeout fires at once past it). */
export const MAX_TIMER_MS = 2 ** 31 - 1

export type NumericOption = 'timeout' | 'maxRetryAfter' | 'maxResponseBytes' | 'maxRetries'

/** Why a numeric option is refused (a whole number within its range), or undefined. Never quotes more than the value. */
export function numberProblem(key: NumericOption, value: unknown): string | undefined {
  const max = key === 'maxRetries' ? 10 : MAX_TIMER_MS
  const min = +(max > 10)
  if (!(Number.isInteger(value) && (value as number) >= min && (value as number) <= max)) return `${key} must be a whole number from ${min} to ${max}, got ${typeof value === 'number' ? value : typeof value}`
}
