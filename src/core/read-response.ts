import type { Provider } from './errors/affiliate-error.ts'
import { AffiliateError } from './errors/affiliate-error.ts'
import { invalid } from './invalid.ts'
import { errorForStatus } from './errors/error-for-status.ts'
import { networkError } from './network-error.ts'
import { decodeUtf8 } from './utf8.ts'
import { redact, redactText, TAGS_AND_SPACE } from './redact.ts'
import { retryAfter } from './retry/retry-after.ts'
import { streamBroke } from './stream-broke.ts'

/** What a provider makes of a 2xx's parsed body (its envelope); it may throw an ApiError of that `status`. */
export type ReadBody = (body: unknown, status: number) => unknown

const text = (value: unknown): string | undefined => (typeof value == 'string' && value ? value : undefined)

/**
 * Parsed JSON of a 2xx (undefined when empty, as with 204), through `read` when given, or the
 * typed error for anything else. Reads the three providers' error bodies: AgentRef
 * `{error: {code, message, details}, meta: {requestId}}`, AgentClick `{success: false, message}`,
 * Agentries `{error: "…", details}`; any other body (an HTML page, any JSON value) maps by status,
 * with a short excerpt. Only a broken body stream is a network failure (ConnectionError); anything
 * else thrown while reading or parsing is an ApiError RESPONSE_UNREADABLE of the response's
 * status, never retried.
 */
export async function readResponse(response: Response, provider: Provider, secret: string | undefined, maxBytes: number, read?: ReadBody): Promise<unknown> {
  const status = response?.status
  if (typeof status != 'number' || !response.headers?.get) throw invalid(`${provider}: fetch gave no Response`, provider)
  try {
    const ok = status > 199 && status < 300
    // Up to the limit, the rest cancelled, never downloaded; error bodies only as far as any
    // envelope and the excerpt need: 64 KiB. Always as a stream: on a network response that is the
    // cheaper read on every runtime (`npm run bench`), and one async layer less here than in a helper.
    let raw: string
    let truncated: boolean | undefined
    try {
      const limit = ok ? maxBytes : 65_536
      const reader = response.body?.getReader()
      if (!reader) raw = await response.text()
      else {
        const chunks: Uint8Array[] = []
        for (let size = 0; ; ) {
          const { done, value } = await reader.read()
          if (done) break
          if ((truncated = (size += value.byteLength) > limit)) {
            reader.cancel().catch(() => {})
            chunks.push(value.subarray(0, value.byteLength - size + limit))
            break
          }
          chunks.push(value)
        }
        raw = decodeUtf8(chunks)
      }
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
    // Error path from here on: worth the work of a full description. Spreads read any JSON value
    // (null, a number, a string) as one without these fields, and keep a `__proto__` key as data.
    const headers = Object.fromEntries(response.headers)
    const { code, message, details, meta } = { ...body, ...(typeof body?.error == 'string' ? { message: body.error } : body?.error) }
    // Redact before cutting and stripping (a cut can split the secret), and again after (with the message).
    const excerpt = redactText(raw.slice(0, 4000), secret).replace(TAGS_AND_SPACE, ' ').trim().slice(0, 160)
    // Redirects are not followed (fetch gets `redirect: 'manual'`): our headers carry the
    // credential, and a redirect could take it anywhere. A 3xx, or a browser's opaque redirect
    // (status 0), is one more error status.
    const fields = {
      code: ok ? (truncated ? 'RESPONSE_TOO_LARGE' : 'INVALID_JSON') : status < 400 ? 'REDIRECT_NOT_FOLLOWED' : text(code),
      requestId: text(meta?.requestId) ?? headers['x-request-id'],
      details,
      headers,
      retryAfter: retryAfter(headers),
    }
    const reason = ok && truncated ? `over maxResponseBytes (${maxBytes})` : ((!ok && text(message)) || excerpt || response.statusText)
    throw errorForStatus(redactText(`${provider} ${status}${fields.code ? ` ${fields.code}` : ''}: ${reason}`, secret), { provider, status, ...redact(fields, secret) })
  } catch (error) {
    // Not quoted: what a custom Response threw is not ours to vet for the credential.
    throw error instanceof AffiliateError ? error : errorForStatus(`${provider} ${status} RESPONSE_UNREADABLE`, { provider, status, code: 'RESPONSE_UNREADABLE' })
  }
}
