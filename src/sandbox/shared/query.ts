import { SandboxError } from './errors.ts'

/** Query-string readers; a bad value is a 400 VALIDATION_ERROR naming the parameter. */

function invalid(name: string, message: string): never {
  throw new SandboxError(400, 'VALIDATION_ERROR', `Invalid query parameter "${name}": ${message}`, { [name]: message })
}

export function qString(q: URLSearchParams, name: string): string | undefined {
  const v = q.get(name)
  return v === null || v === '' ? undefined : v
}

export function qInt(q: URLSearchParams, name: string, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const v = qString(q, name)
  if (v === undefined) return undefined
  if (!/^-?\d+$/.test(v)) invalid(name, 'must be an integer')
  const n = Number(v)
  if (n < min || n > max) invalid(name, `must be between ${min} and ${max}`)
  return n
}

export function qNumber(q: URLSearchParams, name: string): number | undefined {
  const v = qString(q, name)
  if (v === undefined) return undefined
  const n = Number(v)
  if (!Number.isFinite(n)) invalid(name, 'must be a number')
  return n
}

export function qBool(q: URLSearchParams, name: string): boolean | undefined {
  const v = qString(q, name)
  if (v === undefined) return undefined
  if (v !== 'true' && v !== 'false') invalid(name, 'must be true or false')
  return v === 'true'
}

export function qEnum<T extends string>(q: URLSearchParams, name: string, values: readonly T[]): T | undefined {
  const v = qString(q, name)
  if (v === undefined) return undefined
  if (!(values as readonly string[]).includes(v)) invalid(name, `must be one of ${values.join(', ')}`)
  return v as T
}

/** An ISO date(-time), as Unix ms. */
export function qDate(q: URLSearchParams, name: string): number | undefined {
  const v = qString(q, name)
  if (v === undefined) return undefined
  const t = Date.parse(v)
  if (Number.isNaN(t)) invalid(name, 'must be an ISO-8601 date')
  return t
}
