import type { Provider } from './errors/affiliate-error.ts'
import { invalid } from './invalid.ts'

export type Params = Record<string, unknown>

export const isPlainObject = (value: unknown): value is Params => typeof value == 'object' && value !== null && !Array.isArray(value)

/** Throws a message unless the params argument is a plain object or absent. */
export function assertParams(params: unknown): void {
  if (params !== undefined && !isPlainObject(params)) throw 'params must be an object'
}

/** The params argument must be a plain object (or absent). */
export function checkParams<T extends object>(params: T | undefined, provider: Provider): T | undefined {
  try {
    assertParams(params)
  } catch (problem) {
    throw invalid(problem, provider)
  }
  return params
}

/**
 * Copies params, renaming the keys listed in `names` (SDK name → wire name); others pass unchanged.
 * Anything but a plain object passes through as is, for the pipeline to refuse.
 */
export function rename(params: object | undefined, names: Record<string, string>): Params | undefined {
  if (!isPlainObject(params)) return params as Params | undefined
  // fromEntries defines own properties: a `__proto__` key (params parsed from JSON) stays data.
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [Object.hasOwn(names, key) ? names[key] : key, value]))
}

/** Splits params in two: the listed keys, and the rest (a non-object goes to the rest, unchanged). */
export function pick(params: object | undefined, keys: readonly string[]): [Params | undefined, Params | undefined] {
  if (!isPlainObject(params)) return [undefined, params as Params | undefined]
  const entries = Object.entries(params)
  return [Object.fromEntries(entries.filter(([key]) => keys.includes(key))), Object.fromEntries(entries.filter(([key]) => !keys.includes(key)))]
}
