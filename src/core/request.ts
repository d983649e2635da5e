import { routeOf, type PathTemplate } from './path.ts'
import { buildQuery } from './query.ts'
import { getCredential } from './credential.ts'
import { emit, redactHeaders } from './hooks.ts'
import { AffiliateError } from './errors/affiliate-error.ts'
import type { ConnectionError } from './errors/connection-error.ts'
import { TimeoutError } from './errors/timeout-error.ts'
import { AMBIGUOUS, mergeHeaders } from './headers.ts'
import { invalid } from './invalid.ts'
import { numberOption } from './limits.ts'
import { networkError } from './network-error.ts'
import { readResponse, type ReadBody } from './read-response.ts'
import { retryAfterFailure, type RetryOptions } from './retry/retry.ts'
import type { ApiError } from './errors/api-error.ts'
import { isSignal } from './signal.ts'
import type { Client, HttpMethod, IdempotentRequestOptions, RateLimitBucket, RequestOptions } from './types.ts'

/** One request as a provider describes it to the pipeline. */
export interface RequestSpec {
  /** The HTTP method. */
  method: HttpMethod
  /** The path after the base URL (a `path` template percent-encodes its parameters). */
  path: PathTemplate
  /** Query parameters (see `buildQuery`); none: no query string. */
  query?: object | undefined
  /** Builds the JSON text of the body at send time (see `jsonBody`), so bad params reject the call; none: no body. */
  body?: (() => string) | undefined
  /** Safe to repeat (GET, server-deduplicated writes). A call with an idempotency key is retried too. */
  retry?: boolean
  /**
   * The call takes an `Idempotency-Key` (AgentRef POST): this picks it from `options.idempotencyKey`
   * and the merged `idempotency-key` header (a function, so that GET-only bundles don't carry it).
   */
  idempotency?: (given: unknown, header: string | undefined) => string | undefined
  /** Send no credential (public endpoints). */
  anonymous?: boolean
  /** Credential to use instead of the client's (a freshly minted token). */
  credential?: string
  /** AgentClick's READ or WRITE budget, which the call takes its slot from; none: the provider counts every request alike. */
  bucket?: RateLimitBucket | undefined
  /** The provider's envelope: what a 2xx's parsed body resolves to (see `ReadBody`). */
  read?: ReadBody
  /** The route hooks report, when not the path template (AgentClick: the action). */
  route?: string
}

/** The failures a call retries: an error status, a timeout, a broken connection. */
export type RetriedError = ApiError | TimeoutError | ConnectionError

/** Per-call options of every operation: `signal`, `timeout`, `maxRetries`, `headers`, `hooks`, and `onRetry`. */
export interface CallOptions extends RequestOptions {
  /**
   * Called before each retry wait, e.g. to log retries: the failure, the number of the attempt
   * that failed (0 for the first), and the wait in milliseconds before the next one.
   */
  onRetry?: (info: { error: RetriedError; attempt: number; delay: number }) => void
}

/** A timed-out attempt's controller aborts (module-level: no closure per attempt). */
const expire = (controller: AbortController): void => controller.abort()

/**
 * Controllers of attempts that ended unaborted, for later attempts, where that is both needed and
 * safe: on Node 20 (the one runtime without a global `navigator`) making an AbortSignal costs
 * about 1.7 µs, most of a call's own cost (70 ns on Node 22); workerd refuses a signal made in
 * another request's context, so nothing is shared elsewhere. Never one that aborted; each serves
 * at most 64 attempts, so the listeners a fetch leaves on its signal stay few (Node's own fetch
 * leaves one per request until garbage collection removes it).
 */
const idle: (AbortController & { uses?: number })[] = []

/** The one request pipeline: validate, build, send with per-attempt timeouts and retries, read, map errors. */
export function request<T = unknown>(client: Client, spec: RequestSpec, options: CallOptions = {}): Promise<T> {
  // Not an async function: one promise less per call. Every throw below becomes a rejection.
  const provider = client?.provider
  const { method, path } = spec
  let secret: string | undefined
  let url: string
  let headers: Record<string, string>
  let body: string | undefined
  let retries: number
  let timeout: number
  let signal: AbortSignal | undefined
  // Bad input, found here and only here, is an AffiliateError before anything is sent.
  try {
    if (!options || typeof options != 'object') throw 'options must be an object'
    // The client's credential, or (a call that needs one) the message saying how to give it.
    const held = spec.credential ?? getCredential(client, !spec.anonymous)
    if (!spec.anonymous) secret = held
    // The client's own values were checked when it was made.
    timeout = numberOption(options, 'timeout', client.timeout)
    retries = numberOption(options, 'maxRetries', client.maxRetries, 10)
    if ((signal = options.signal) != null && !isSignal(signal)) throw 'signal must be an AbortSignal'
    url = client.baseUrl + (typeof path == 'string' ? path : path()) + buildQuery(spec.query)
    body = spec.body?.()
    // One case-insensitive set: call over client over ours.
    headers = mergeHeaders({ accept: 'application/json', ...client.headers }, options.headers)
    if (body !== undefined) headers['content-type'] ??= 'application/json'
    if (held && headers.authorization !== undefined) throw AMBIGUOUS
    if (secret) headers.authorization = `Bearer ${secret}`
    // A key (the caller's or a fresh one) makes a POST safe to repeat. None means no header was given either.
    const key = spec.idempotency?.((options as IdempotentRequestOptions).idempotencyKey, headers['idempotency-key'])
    if (key) headers['idempotency-key'] = key
    else if (!spec.retry) retries = 0
  } catch (problem) {
    return Promise.reject(invalid(problem, provider))
  }
  // A caller's abort rejects with its reason as it is, whatever its type.
  if (signal?.aborted) return Promise.reject(signal.reason)
  const fetchFn = client.fetch ?? fetch
  // Observed only when a hook is given: without, a call builds no event.
  // A rate limiter observes attempts as a hook does (its `onResponse` reads the server's budget).
  const limiter = client.rateLimiter
  const hooks = client.hooks || options.hooks || limiter ? [client.hooks, options.hooks, limiter] : undefined

  const attempt = async (n = 0): Promise<T> => {
    // One controller per attempt: its timer and the caller's signal both abort it, on every runtime
    // (no reliance on AbortSignal.any); both are detached when the attempt ends.
    const controller: (typeof idle)[number] = idle.pop() ?? new AbortController()
    const timer = setTimeout(expire, timeout, controller)
    const forward = () => controller.abort(signal!.reason)
    signal?.addEventListener('abort', forward)
    const event: any = hooks && {
      provider,
      method,
      route: spec.route ?? routeOf(path),
      url,
      attempt: n,
      idempotencyKey: headers['idempotency-key'],
    }
    const started = event && (emit(hooks!, 'onRequest', event), Date.now())
    let response: Response | undefined
    let failed = false
    let error: any
    try {
      response = await fetchFn(url, { method, headers, body, redirect: 'manual', signal: controller.signal })
      return (await readResponse(response, provider, secret, client.maxResponseBytes, spec.read)) as T
    } catch (thrown) {
      failed = true
      throw (error = signal?.aborted
        ? signal.reason
        : controller.signal.aborted
          ? new TimeoutError(`${provider}: timed out after ${timeout} ms`, { provider, timeout })
          : // readResponse throws only AffiliateErrors: anything else is fetch itself rejecting.
            thrown instanceof AffiliateError ? thrown : networkError(thrown, provider, secret))
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', forward)
      // The attempt is over (its body read or cancelled): the controller can serve another.
      if ((globalThis as { navigator?: unknown }).navigator === undefined && !controller.signal.aborted && idle.length < 16 && (controller.uses = (controller.uses ?? 0) + 1) < 64) idle.push(controller)
      // The onRequest event itself, completed: a tracer can key an attempt's span on it.
      if (event) {
        // Hooks feed logs: the headers, and the request id read from them, with the credential redacted.
        const headers = response && redactHeaders(response.headers, secret)
        const requestId = failed ? error?.requestId : (headers?.get('x-request-id') ?? undefined)
        emit(hooks!, 'onResponse', Object.assign(event, { status: error?.status ?? response?.status, headers, requestId, durationMs: Date.now() - started }, failed && { error }))
      }
    }
  }
  // The call's own onRetry first, then the hooks'.
  const onRetry = (info: Parameters<NonNullable<RetryOptions['onRetry']>>[0]) => {
    ;(options.onRetry as RetryOptions['onRetry'])?.(info)
    if (hooks) emit(hooks, 'onRetry', info)
  }
  // The first attempt runs bare; the retry loop is entered only after a failure.
  const run = (): Promise<T> => attempt().catch((error) => retryAfterFailure(attempt, { maxRetries: retries, signal, maxRetryAfter: client.maxRetryAfter, onRetry }, error))
  // A rate-limit slot, once the input has passed every check: input refused unsent never takes one.
  return limiter ? new Promise((take) => take(limiter.take(spec.bucket, signal, client))).then(run) : run()
}
