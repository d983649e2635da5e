import { buildPath, type PathTemplate } from './path.js'
import { buildQuery, jsonBody } from './query.js'
import { paramsProblem } from './params.js'
import { getCredential, MISSING } from './credential.js'
import { AffiliateError } from './errors/affiliate-error.js'
import { ConnectionError } from './errors/connection-error.js'
import { TimeoutError } from './errors/timeout-error.js'
import { invalid } from './invalid.js'
import { readResponse } from './read-response.js'
import { redact } from './redact.js'
import { retry, type RetryOptions } from './retry/retry.js'
import type { ApiError } from './errors/api-error.js'
import { send } from './send.js'
import type { Client, HttpMethod, RequestOptions } from './types.js'

export interface RequestSpec {
  method: HttpMethod
  path: PathTemplate
  query?: object | undefined
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

/** The failures a call retries: an error status, a timeout, a broken connection. */
export type RetriedError = ApiError | TimeoutError | ConnectionError

export interface CallOptions extends RequestOptions {
  /**
   * Called before each retry wait, e.g. to log retries: the failure, the number of the attempt
   * that failed (0 for the first), and the wait in milliseconds before the next one.
   */
  onRetry?: (info: { error: RetriedError; attempt: number; delay: number }) => void
}

/** The one request pipeline: validate, build, send with per-attempt timeouts and retries, read, map errors. */
export async function request<T = unknown>(client: Client, spec: RequestSpec, options: CallOptions = {}): Promise<T> {
  const { provider } = client
  const secret = spec.anonymous ? undefined : (spec.credential ?? getCredential(client))
  const { timeout = client.timeout, maxRetries = client.maxRetries, signal } = options ?? {}
  let url: string
  let body: string | undefined
  try {
    if (!options || typeof options !== 'object') throw 'options must be an object'
    if (!spec.anonymous && !secret) throw (client as any)[MISSING] as string
    if (!(timeout > 0 && timeout < Infinity) || !(maxRetries >= 0 && maxRetries % 1 === 0)) throw `bad timeout or maxRetries: ${timeout}, ${maxRetries}`
    const problem = paramsProblem(spec.query) ?? paramsProblem(spec.body)
    if (problem) throw problem
    url = client.baseUrl + buildPath(spec.path) + buildQuery(spec.query)
    body = spec.body === undefined ? undefined : jsonBody(spec.body)
  } catch (problem) {
    throw typeof problem === 'string' ? invalid(problem, provider) : problem
  }
  const headers: Record<string, string> = { accept: 'application/json', ...client.headers, ...options.headers }
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (secret) headers.authorization = `Bearer ${secret}`
  if (spec.idempotencyKey) headers['idempotency-key'] = spec.idempotencyKey
  const fetchFn = client.fetch ?? globalThis.fetch

  return retry(
    async () => {
      // One controller per attempt: its timer and the caller's signal both abort it, on every runtime
      // (no reliance on AbortSignal.any); both are detached when the attempt ends.
      const controller = new AbortController()
      const forward = () => controller.abort(signal!.reason)
      const timer = setTimeout(() => controller.abort(), timeout)
      signal?.addEventListener('abort', forward)
      try {
        const response = await send(fetchFn, url, { method: spec.method, headers, body, signal: controller.signal }, provider)
        return (await readResponse(response, provider, secret)) as T
      } catch (error) {
        if (signal?.aborted) throw signal.reason
        if (controller.signal.aborted) throw new TimeoutError(timeout, provider)
        if (error instanceof AffiliateError) throw error
        throw new ConnectionError(redact(`${provider}: network error: ${(error as Error)?.message ?? error}`, secret), error, provider)
      } finally {
        clearTimeout(timer)
        signal?.removeEventListener('abort', forward)
      }
    },
    { maxRetries: spec.retry ? maxRetries : 0, signal, maxRetryAfter: client.maxRetryAfter, onRetry: options.onRetry as RetryOptions['onRetry'] },
  )
}
