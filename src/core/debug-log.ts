import type { Hooks, ResponseEvent, RetryEvent } from './hooks.ts'
import { readRateLimit } from './rate-limit/read-rate-limit.ts'

/** A value from a response, as a log may show it: printable ASCII, at most 64 characters. */
const printable = (value: string): string => value.replace(/[^\x21-\x7e]/g, '?').slice(0, 64)

/** What a failure is, in words that hold no server text: the error's class and status. */
const failure = (error: unknown): string => {
  const { name, status } = (error ?? {}) as { name?: unknown; status?: unknown }
  return [typeof name == 'string' ? printable(name) : 'Error', typeof status == 'number' ? status : ''].join(' ').trim()
}

/**
 * Hooks that write one line per attempt and one per retry, for `createAgentRef({ hooks:
 * debugLog() })` (or any client's or call's `hooks`):
 *
 * ```
 * agentref GET /programs/{id} 200 84ms attempt=0 request-id=req_7f3 remaining=57
 * agentref retry: attempt 0 failed (ServerError 503), next in 500ms
 * ```
 *
 * Method, route template, status (or the error's class), duration, attempt, request id and the
 * rate limit remaining. Never a credential, a header value other than the request id, a URL
 * (path ids and query values can be personal) or a body, so the lines are safe to keep.
 * `write` defaults to `console.error`.
 */
export function debugLog(write: (line: string) => void = (line) => console.error(line)): Hooks {
  return {
    onResponse(event: ResponseEvent) {
      const remaining = event.headers && readRateLimit(event.headers)?.remaining
      const outcome = event.error === undefined ? String(event.status) : failure(event.error)
      write(
        `${event.provider} ${event.method} ${event.route} ${outcome} ${event.durationMs}ms attempt=${event.attempt}` +
          (event.requestId ? ` request-id=${printable(event.requestId)}` : '') +
          (remaining === undefined ? '' : ` remaining=${remaining}`),
      )
    },
    onRetry({ error, attempt, delay }: RetryEvent) {
      const provider = (error as { provider?: unknown } | undefined)?.provider
      write(`${typeof provider == 'string' ? provider : 'call'} retry: attempt ${attempt} failed (${failure(error)}), next in ${Math.round(delay)}ms`)
    },
  }
}
