import { isAffiliateError } from '../../core/errors/is-affiliate-error.ts'
import type { ToolError } from '../types.ts'

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504])

/** A runner-level failure (unknown tool, refused, bad arguments): nothing was sent. */
export const refusal = (name: string, message: string): ToolError => ({ name, message, retryable: false })

/**
 * Any error as a ToolError. Library errors keep their name, message (already credential-free),
 * status and code; anything else is reported by name only, since its message is not ours to vet.
 */
export function toToolError(error: unknown, signal?: AbortSignal): ToolError {
  if (signal?.aborted && error === signal.reason) return refusal('AbortError', 'The tool call was aborted.')
  if (isAffiliateError(error)) {
    const e = error as { name: string; message: string; status?: unknown; code?: unknown }
    const status = typeof e.status === 'number' ? e.status : undefined
    const code = typeof e.code === 'string' ? e.code : undefined
    const retryable = e.name === 'TimeoutError' || e.name === 'ConnectionError' || (status !== undefined && RETRYABLE_STATUS.has(status))
    return { name: e.name, message: e.message, ...(status !== undefined ? { status } : {}), ...(code !== undefined ? { code } : {}), retryable }
  }
  const name = error instanceof Error && /^\w{1,40}$/.test(error.name) ? error.name : 'Error'
  return refusal(name, 'The tool failed unexpectedly.')
}
