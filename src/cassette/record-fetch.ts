import { readBody } from './body.ts'
import { emptyCassette, toEntry } from './entry.ts'
import type { Cassette, CassetteFetch, RecordedFetch, RecordFetchOptions } from './types.ts'

/** The request as a Request (to read), and what to hand on to the real fetch (the caller's own arguments, when they can be reused). */
export function asRequest(input: string | URL | Request, init: RequestInit | undefined): { request: Request; forward: [string | URL | Request, RequestInit?] } {
  const streamed = typeof ReadableStream !== 'undefined' && init?.body instanceof ReadableStream
  const request = new Request(input, streamed ? ({ ...init, duplex: 'half' } as RequestInit) : init)
  // A Request or a stream body is used up by being read: hand on the Request, whose clone is read.
  return { request, forward: typeof input === 'string' || input instanceof URL ? (streamed ? [request] : [input, init]) : [request] }
}

type Forward = ReturnType<typeof asRequest>['forward']

/** Sends a request through `options.fetch` and appends the exchange, redacted, to `cassette`. */
export function recorder(cassette: Cassette, options: RecordFetchOptions): (request: Request, forward: Forward) => Promise<Response> {
  const secrets = new Set<string>()
  return async (request, forward) => {
    const requestBody = request.body ? await readBody(request.clone()) : undefined
    const started = Date.now()
    const send = options.fetch ?? fetch
    const response = await send(...forward)
    let responseBody
    try {
      responseBody = await readBody(response.clone())
    } catch {
      // The body broke off: the caller sees that when reading it; there is no exchange to keep.
      return response
    }
    const entry = toEntry(request, requestBody, response, responseBody, started, secrets, options.redact)
    if (entry) cassette.log.entries.push(entry)
    return response
  }
}

/**
 * Records every exchange of a client: use `fetch` as the client's fetch, then save `cassette`
 * (`JSON.stringify`). Responses reach the caller untouched; no credential, JWT or `whsec_`
 * webhook secret reaches the cassette, in either direction.
 *
 * @example
 * ```ts
 * const { fetch, cassette } = recordFetch()
 * const client = createAgentRef({ apiKey, fetch })
 * await listPrograms(client)
 * await Deno.writeTextFile('programs.har', JSON.stringify(cassette))
 * ```
 */
export function recordFetch(options: RecordFetchOptions = {}): RecordedFetch {
  const cassette = emptyCassette()
  const record = recorder(cassette, options)
  const recorded: CassetteFetch = (input, init) => {
    const { request, forward } = asRequest(input, init)
    return record(request, forward)
  }
  return { fetch: recorded, cassette }
}
