import { send } from './send.js'
import { anySignal } from './any-signal.js'
import { buildPath, type PathTemplate } from './path.js'
import { buildQuery } from './query.js'
import { getCredential } from './credential.js'
import { AffiliateError } from './errors/affiliate-error.js'
import { ConnectionError } from './errors/connection-error.js'
import { TimeoutError } from './errors/timeout-error.js'
import { invalid } from './invalid.js'
import { jsonBody } from './json-body.js'
import { MISSING_CREDENTIAL, PROVIDER_LABEL } from './labels.js'
import { readResponse } from './read-response.js'
import { redact } from './redact.js'
import { retry } from './retry/retry.js'
import type { Client, FetchLike, HttpMethod, RequestOptions } from './types.js'

export interface RequestSpec {
  method: HttpMethod
  path: PathTemplate
  query?: Record<string, unknown> | undefined
  /** JSON body; `undefined` sends none. */
  body?: unknown
  /** Safe to repeat (GET, POST with an idempotency key, server-deduplicated writes). */
  retry?: boolean
  idempotencyKey?: string | undefined
  /** Send no credential (public endpoints). */
  anonymous?: boolean
  /** Credential to use instead of the client's (a freshly minted token). */
  credential?: string
}

export interface CallOptions extends RequestOptions {
  /** Called before each retry wait, e.g. to log retries. */
  onRetry?: (info: { error: unknown; attempt: number; delay: number }) => void
}

/** The one request pipeline: validate, build, send with timeout and retries, read, map errors. */
export async function request<T = unknown>(client: Client, spec: RequestSpec, options: CallOptions = {}): Promise<T> {
  const { provider } = client
  if (options === null || typeof options !== 'object') throw invalid('options must be an object', provider)
  const secret = spec.credential ?? getCredential(client)
  if (!spec.anonymous && !secret) throw invalid(MISSING_CREDENTIAL[provider], provider)
  const url = client.baseUrl + buildPath(spec.path, provider) + buildQuery(spec.query, provider)
  const body = spec.body === undefined ? undefined : jsonBody(spec.body, provider)
  const timeout = options.timeout ?? client.timeout
  if (!(typeof timeout === 'number' && timeout > 0 && Number.isFinite(timeout))) {
    throw invalid(`timeout must be a positive finite number, got ${String(timeout)}`, provider)
  }
  const maxRetries = options.maxRetries ?? client.maxRetries
  if (!Number.isInteger(maxRetries) || maxRetries < 0) throw invalid(`maxRetries must be an integer >= 0, got ${maxRetries}`, provider)

  const headers: Record<string, string> = { accept: 'application/json', ...client.headers, ...options.headers }
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (!spec.anonymous && secret) headers.authorization = `Bearer ${secret}`
  if (spec.idempotencyKey) headers['idempotency-key'] = spec.idempotencyKey
  const init: RequestInit = { method: spec.method, headers, body }
  const fetchFn = client.fetch ?? globalThis.fetch

  return retry((): Promise<T> => attempt(fetchFn, url, init, client, timeout, options.signal, secret) as Promise<T>, {
    maxRetries: spec.retry ? maxRetries : 0,
    signal: options.signal,
    maxRetryAfter: client.maxRetryAfter,
    onRetry: options.onRetry,
  })
}

async function attempt(
  fetchFn: FetchLike,
  url: string,
  init: RequestInit,
  client: Client,
  timeout: number,
  callerSignal: AbortSignal | undefined,
  secret: string | undefined,
): Promise<unknown> {
  const { provider } = client
  const timer = new AbortController()
  const handle = setTimeout(() => timer.abort(new TimeoutError(timeout, provider)), timeout)
  const combined = callerSignal ? anySignal([callerSignal, timer.signal]) : { signal: timer.signal, dispose() {} }
  try {
    const response = await send(fetchFn, url, { ...init, signal: combined.signal }, provider)
    return await readResponse(response, provider, secret)
  } catch (error) {
    if (callerSignal?.aborted) throw callerSignal.reason
    if (timer.signal.aborted) throw new TimeoutError(timeout, provider)
    if (error instanceof AffiliateError) throw error
    const detail = error instanceof Error ? error.message : String(error)
    throw new ConnectionError(redact(`${PROVIDER_LABEL[provider]}: network error: ${detail}`, secret), error, provider)
  } finally {
    clearTimeout(handle)
    combined.dispose()
  }
}
