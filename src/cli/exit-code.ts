import { isAffiliateError } from '../core/errors/is-affiliate-error.ts'
import { CredentialMissing, UsageError } from './usage-error.ts'

/** Exit codes: what happened, for scripts. */
export const EXIT = { ok: 0, failed: 1, usage: 2, credential: 4, interrupted: 130 } as const

/** Ctrl-C, as the reason of the command's abort signal. */
export class Interrupted extends Error {
  override name = 'Interrupted' as const
}

export interface Failure {
  code: number
  error: { name: string; message: string; status?: number; code?: string; requestId?: string }
}

/**
 * A failure as its exit code and the fields printed: 2 for bad usage or input (nothing sent),
 * 4 for a credential missing or refused (401, 403), 130 for Ctrl-C, 1 for any other API or
 * network failure. `sent` tells a library check that refused the input (nothing sent) apart.
 */
export function failureOf(error: unknown, sent: number): Failure {
  if (error instanceof Interrupted) return { code: EXIT.interrupted, error: { name: 'Interrupted', message: 'stopped by Ctrl-C' } }
  if (error instanceof UsageError) return { code: EXIT.usage, error: { name: 'UsageError', message: error.message } }
  if (error instanceof CredentialMissing) return { code: EXIT.credential, error: { name: 'CredentialMissing', message: error.message } }
  if (isAffiliateError(error)) {
    const e = error as unknown as { name: string; message: string; status?: unknown; code?: unknown; requestId?: unknown }
    const status = typeof e.status === 'number' ? e.status : undefined
    const fields = {
      name: e.name,
      message: e.message,
      ...(status !== undefined ? { status } : {}),
      ...(typeof e.code === 'string' ? { code: e.code } : {}),
      ...(typeof e.requestId === 'string' ? { requestId: e.requestId } : {}),
    }
    const code = status === 401 || status === 403 ? EXIT.credential : e.name === 'AffiliateError' && sent === 0 ? EXIT.usage : EXIT.failed
    return { code, error: fields }
  }
  // Not ours: its class only, since its message is not ours to vet.
  const name = error instanceof Error && /^\w{1,40}$/.test(error.name) ? error.name : 'Error'
  return { code: EXIT.failed, error: { name, message: error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : 'failed' } }
}

/** `<ErrorName> <status> <code>: <message>`, without the message's own `agentref 404 NOT_FOUND: ` start. */
export const failureLine = ({ error }: Failure): string => {
  const head = [error.name, error.status, error.code].filter((x) => x !== undefined).join(' ')
  const message = error.status !== undefined ? error.message.replace(new RegExp(`^(agentref|agentclick|agentries):? ${error.status}(?: ${error.code ?? ''})?: `), '') : error.message
  return `${head}: ${message}`
}
