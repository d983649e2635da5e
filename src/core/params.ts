import type { Provider } from './errors/affiliate-error.js'
import { invalid } from './invalid.js'
import { describe } from './path.js'

export type Params = Record<string, unknown>

/** The params argument must be a plain object (or absent). */
export function checkParams<T extends object>(params: T | undefined, provider: Provider): T | undefined {
  if (params === undefined) return undefined
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw invalid(`params must be an object, got ${Array.isArray(params) ? 'array' : describe(params)}`, provider)
  }
  return params
}

/** Copies params, renaming the keys listed in `names` (SDK name → wire name); others pass unchanged. */
export function rename(params: object | undefined, names: Record<string, string>): Params | undefined {
  if (!params) return undefined
  const out: Params = {}
  for (const [key, value] of Object.entries(params)) out[names[key] ?? key] = value
  return out
}

/** Splits params in two: the listed keys, and the rest. */
export function pick(params: object | undefined, keys: readonly string[]): [Params | undefined, Params | undefined] {
  if (!params) return [undefined, undefined]
  const picked: Params = {}
  const rest: Params = {}
  for (const [key, value] of Object.entries(params)) (keys.includes(key) ? picked : rest)[key] = value
  return [picked, rest]
}
