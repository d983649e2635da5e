import type { Provider } from './errors/affiliate-error.ts'
import { AffiliateError } from './errors/affiliate-error.ts'
import { invalid } from './invalid.ts'
import { errorForStatus } from './errors/error-for-status.ts'
import { networkError } from './network-error.ts'
import { readBody } from './read-body.ts'
import { redact, redactText } from './redact.ts'
import { parseRetryAfter } from './retry/parse-retry-after.ts'
import { streamBroke } from './stream-broke.ts'

/** What a provider makes of a 2xx's parsed body (its envelope); it may throw an ApiError of that `status`. */
export type ReadBody = (body: unknown, status: number) => unknown

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined)

/**
 * Parsed JSON of a 2xx (undefined when empty, as with 204), through `read` when given, or the
 * typed error for anything else (what fetch gave is checked first: see `checkResponse`).
 * Reads the three providers' error bodies: AgentRef `{error: {code, message, details}, meta: {requestId}}`,
 * AgentClick `{success: false, message}`, Agentries `{error: "…", details}`; any other body (an
 * HTML page, any JSON value) maps by status, with a short excerpt.
 * Only a broken body stream is a network failure (ConnectionError); anything else thrown while
 * reading or parsing is an ApiError RESPONSE_UNREADABLE of the response's status, never retried.
 */
export async function readResponse(response: Response, provider: Provider, secret: string | undefined, maxBytes: number, read?: ReadBody): Promise<unknown> {
  const status = response?.status
  const given = response?.headers
  if (typeof status !== 'number' || typeof given?.get !== 'function') throw invalid(`${provider}: fetch gave no Response`, provider)
  try {
    const ok = status > 199 && status < 300
    // Redirects are not followed (fetch gets `redirect: 'manual'`): our headers carry the
    // credential, and a redirect could take it anywhere. A 3xx, or a browser's opaque redirect
    // (status 0), is one more error status.
    const redirect = status < 400 && !ok
    // Error bodies are read only as far as any envelope and the excerpt need: 64 KiB.
    const limit = ok ? maxBytes : 65_536
    // Always as a stream, up to the limit: on a network response (a stream body) that is the
    // cheaper read on every runtime, with or without a Content-Length (measured by `npm run bench`).
    let raw: string
    let truncated: boolean | undefined
    try {
      ;[raw, truncated] = await readBody(response, limit)
    } catch (error) {
      throw streamBroke(error) ? networkError(error, provider, secret) : error
    }
    let body: any
    let parsed = true
    try {
      body = JSON.parse(raw)
    } catch {
      parsed = !raw.trim() // empty, as with 204: undefined
    }
    if (ok && parsed && !truncated) return read ? read(body, status) : body
    // Error path from here on: worth the work of a full description.
    const headers: Record<string, string> = Object.fromEntries(given)
    // Redact before cutting and stripping (a cut can split the secret), and again after.
    const excerpt = redactText(redactText(raw.slice(0, 4000), secret).replace(/(<[^>]*>|\s)+/g, ' ').trim().slice(0, 160), secret)
    // Optional chaining reads any JSON value (null, a number, a string) as one without these fields.
    const error = body?.error
    const code = ok ? (truncated ? 'RESPONSE_TOO_LARGE' : 'INVALID_JSON') : redirect ? 'REDIRECT_NOT_FOLLOWED' : text(error?.code)
    const reason = ok
      ? truncated ? `body over maxResponseBytes (${maxBytes})` : `not JSON: ${excerpt}`
      : (text(error?.message) ?? text(error) ?? text(body?.message) ?? (excerpt || response.statusText))
    const retryAfter = parseRetryAfter(headers)
    const init = redact(
      {
        provider,
        status,
        code,
        requestId: text(body?.meta?.requestId) ?? headers['x-request-id'],
        details: error?.details ?? body?.details,
        headers,
        retryAfter: retryAfter && retryAfter / 1000, // undefined and 0 stay as they are
      },
      secret,
    )
    const message = redactText(`${provider} ${status}${code ? ` ${code}` : ''}: ${reason}`, secret)
    // A 2xx gets a plain ApiError from the table too.
    throw errorForStatus(message, init)
  } catch (error) {
    if (error instanceof AffiliateError) throw error
    // Not quoted: what a custom Response threw is not ours to vet for the credential.
    throw errorForStatus(`${provider} ${status} RESPONSE_UNREADABLE`, { provider, status, code: 'RESPONSE_UNREADABLE' })
  }
}
