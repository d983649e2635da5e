import { invalid } from './invalid.ts'
import { readRateLimit, type RateLimit } from './rate-limit/read-rate-limit.ts'
import type { Client, FetchLike } from './types.ts'

/** What `withResponse` resolves to: the call's result and what its response said besides. */
export interface WithResponse<T> {
  /** What the function resolves to, exactly as without `withResponse`. */
  data: T
  /** The HTTP status of the response that produced `data` (after any retries). */
  status: number
  /** `X-Request-Id`, else the body's `meta.requestId` (AgentRef), to quote to support; `undefined` when neither came. */
  requestId: string | undefined
  /** That response's headers, as they came (your own data, like `data`: nothing is redacted). */
  headers: Headers
  /** `readRateLimit(headers)`: the budget left after this call, when the server said. */
  rateLimit: RateLimit | undefined
}

/**
 * Makes one call of `fn` (any of this library's operations) and resolves to its result together
 * with the response it came from: status, request id, headers and rate-limit state.
 * `await withResponse(getProgram, ar, 'prg_1')` is `getProgram(ar, 'prg_1')` plus the metadata;
 * its errors are `fn`'s. Only the final attempt's response counts (retries, a re-minted Agentries
 * token). It watches the call through the client's `fetch`, so a bundle that does not import it
 * carries none of its code.
 */
export async function withResponse<C extends Client, A extends unknown[], T>(fn: (client: C, ...args: A) => Promise<T>, client: C, ...args: A): Promise<WithResponse<T>> {
  if (typeof fn != 'function') throw invalid('withResponse: fn must be one of the operations, e.g. getProgram', client?.provider)
  if (!client || typeof client != 'object') throw invalid('withResponse: client must be a client, e.g. from createAgentRef()')
  let last: Response | undefined
  // A copy of a 2xx body without an X-Request-Id header, to find AgentRef's `meta.requestId` in it.
  let copy: Response | undefined
  const discard = (): void => {
    copy?.body?.cancel().catch(() => {})
    copy = undefined
  }
  const watch: FetchLike = async (input, init) => {
    // As the client would call it: unbound, the global one looked up at call time.
    const send = client.fetch ?? fetch
    const response = await send(input, init)
    discard()
    last = response
    try {
      if (response.status > 199 && response.status < 300 && response.body && !response.headers.get('x-request-id')) copy = response.clone()
    } catch {} // not a Response the core can read either: the call fails as it would without us
    return response
  }
  try {
    // The same client (credential, options, token cache) with its fetch watched.
    const data = await fn(Object.create(client, { fetch: { value: watch } }) as C, ...args)
    if (!last) throw invalid('withResponse: the call sent no request', client.provider)
    let requestId = last.headers.get('x-request-id') || undefined
    if (!requestId && copy) {
      const id = ((await copy.json().catch(() => undefined)) as { meta?: { requestId?: unknown } } | undefined)?.meta?.requestId
      if (typeof id == 'string' && id) requestId = id
      copy = undefined
    }
    return { data, status: last.status, requestId, headers: last.headers, rateLimit: readRateLimit(last.headers) }
  } finally {
    discard()
  }
}
