import { ApiError } from './errors/api-error.js'
import type { Provider } from './errors/affiliate-error.js'
import { errorForStatus } from './errors/error-for-status.js'
import { describeErrorBody, excerpt } from './error-body.js'
import { PROVIDER_LABEL } from './labels.js'
import { redact } from './redact.js'
import { parseRetryAfter } from './retry/parse-retry-after.js'

export function headersToRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {}
  headers.forEach((value, key) => {
    record[key] = value
  })
  return record
}

/** Parsed JSON of a 2xx (undefined when empty, as with 204), or the typed error for anything else. */
export async function readResponse(response: Response, provider: Provider, secret: string | undefined): Promise<unknown> {
  const text = await response.text()
  const label = PROVIDER_LABEL[provider]
  let body: unknown
  let parsed = false
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text)
      parsed = true
    } catch {
      // handled below: a 2xx must be JSON, an error body may be anything
    }
  }
  const headers = redact(headersToRecord(response.headers), secret)
  if (response.ok) {
    if (text.trim() === '' || parsed) return body
    throw new ApiError(redact(`${label} ${response.status}: response is not JSON: ${excerpt(text)}`, secret), {
      provider,
      status: response.status,
      code: 'INVALID_JSON',
      headers,
    })
  }
  const info = describeErrorBody(body)
  const reason = info.message ?? (text.trim() ? excerpt(text) : response.statusText || 'no body')
  const retryAfterMs = parseRetryAfter(headers)
  throw errorForStatus(redact(`${label} ${response.status}${info.code ? ` ${info.code}` : ''}: ${reason}`, secret), {
    provider,
    status: response.status,
    code: info.code,
    requestId: info.requestId ?? headers['x-request-id'],
    details: redact(info.details, secret),
    headers,
    retryAfter: retryAfterMs === undefined ? undefined : retryAfterMs / 1000,
  })
}
