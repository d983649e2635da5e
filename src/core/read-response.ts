import { ApiError } from './errors/api-error.js'
import type { Provider } from './errors/affiliate-error.js'
import { errorForStatus } from './errors/error-for-status.js'
import { redact } from './redact.js'
import { parseRetryAfter } from './retry/parse-retry-after.js'

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined)

/**
 * Parsed JSON of a 2xx (undefined when empty, as with 204), or the typed error for anything else.
 * Reads the three providers' error bodies: AgentRef `{error: {code, message, details}, meta: {requestId}}`,
 * AgentClick `{success: false, message}`, Agentries `{error: "…", details}`; other bodies by status,
 * with a short excerpt (an HTML error page, say).
 */
export async function readResponse(response: Response, provider: Provider, secret: string | undefined): Promise<unknown> {
  const raw = await response.text()
  let body: any
  let parsed = !raw.trim()
  try {
    if (!parsed) (body = JSON.parse(raw)), (parsed = true)
  } catch {}
  if (response.ok && parsed) return body
  // Error path from here on: worth the work of a full description.
  const { status } = response
  const headers: Record<string, string> = {}
  response.headers.forEach((value, key) => (headers[key] = value))
  const excerpt = raw.slice(0, 4000).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 160)
  const error = typeof body?.error === 'object' ? body.error : {}
  const code = response.ok ? 'INVALID_JSON' : text(error.code)
  const reason = response.ok ? `response is not JSON: ${excerpt}` : text(error.message) ?? text(body?.error) ?? text(body?.message) ?? (excerpt || response.statusText)
  const retryAfter = parseRetryAfter(headers)
  const init = redact(
    {
      provider,
      status,
      code,
      requestId: text(body?.meta?.requestId) ?? headers['x-request-id'],
      details: error.details ?? body?.details,
      headers,
      retryAfter: retryAfter === undefined ? undefined : retryAfter / 1000,
    },
    secret,
  )
  const message = redact(`${provider} ${status}${code ? ` ${code}` : ''}: ${reason}`, secret)
  throw response.ok ? new ApiError(message, init) : errorForStatus(message, init)
}
