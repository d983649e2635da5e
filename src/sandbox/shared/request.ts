import { SandboxError } from './errors.ts'

/** A request as the API modules see it: raw (undecoded) path relative to the module's prefix. */
export interface SandboxRequest {
  id: string
  method: string
  /** Full raw pathname in the sandbox's path space, e.g. `/agentref/api/v1/programs/p%2F1`. */
  pathname: string
  /** Raw pathname relative to the module prefix, e.g. `/programs/p%2F1`. */
  path: string
  query: URLSearchParams
  headers: Headers
  /** Raw body text ('' when none). */
  text: string
  /** Client address, used as the rate-limit key for anonymous calls. */
  remote: string
  /** The module's base URL as the client reached it (for URLs the API hands out, e.g. tracking URLs). */
  base: string
}

/** One header value (repeated headers joined with `, `, as fetch does). */
export function header(req: SandboxRequest, name: string): string | undefined {
  return req.headers.get(name) ?? undefined
}

/** The Bearer credential, or undefined when absent. */
export function bearer(req: SandboxRequest): string | undefined {
  const value = header(req, 'authorization')
  const match = value?.match(/^Bearer\s+(\S+)\s*$/i)
  return match?.[1]
}

/** Parsed JSON body; undefined for an empty body. Throws 400 for malformed JSON. */
export function jsonBody(req: SandboxRequest): unknown {
  if (req.text.trim() === '') return undefined
  try {
    return JSON.parse(req.text) as unknown
  } catch {
    throw new SandboxError(400, 'BAD_REQUEST', 'Malformed JSON body')
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
