/** The longest delay a timer can hold (setTimeout fires at once past it). */
export const MAX_TIMER_MS = 2 ** 31 - 1

const RANGES = {
  timeout: [1, MAX_TIMER_MS],
  maxRetryAfter: [1, MAX_TIMER_MS],
  maxResponseBytes: [1, MAX_TIMER_MS],
  maxRetries: [0, 10],
} as const

export type NumericOption = keyof typeof RANGES

/** Why a numeric option is refused (a whole number within its range), or undefined. Never quotes more than the value. */
export function numberProblem(key: NumericOption, value: unknown): string | undefined {
  const [min, max] = RANGES[key]
  if (Number.isInteger(value) && (value as number) >= min && (value as number) <= max) return undefined
  return `${key} must be a whole number from ${min} to ${max}, got ${typeof value === 'number' ? value : typeof value}`
}
