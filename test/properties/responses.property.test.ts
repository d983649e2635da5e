// Properties of reading a response:
// - anything thrown while reading or parsing a body that is not the transport failing (a
//   RangeError from a string too long, a decoder failure, any other value) is an ApiError
//   RESPONSE_UNREADABLE of the response's status, sent once and never retried; only a broken
//   stream (a TypeError, as every runtime's fetch reports a dropped connection) is a ConnectionError;
// - every error carries the status of the response it came from: a 2xx without its provider's
//   envelope, or AgentClick's `success: false`, reports that 2xx, not 200.
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { createAgentClick, listCategories } from '../../src/agentclick/index.js'
import { createAgentRef, getProgram, listPrograms } from '../../src/agentref/index.js'
import { createAgentries, getAuthToken, getReferralStats } from '../../src/agentries/index.js'
import type { CallOptions } from '../../src/core/request.js'
import { RUNS } from './runs.js'

type Fetch = typeof globalThis.fetch
type Options = CallOptions | undefined
const PROVIDERS = {
  agentref: (fetch: Fetch, options?: Options) => getProgram(createAgentRef({ apiKey: 'ak_live_responses', baseUrl: 'https://api.example.test/api/v1', fetch }), 'p', options),
  'agentref-page': (fetch: Fetch, options?: Options) => listPrograms(createAgentRef({ apiKey: 'ak_live_responses', baseUrl: 'https://api.example.test/api/v1', fetch }), {}, options),
  agentclick: (fetch: Fetch, options?: Options) => listCategories(createAgentClick({ apiKey: `aa_${'cd'.repeat(24)}`, baseUrl: 'https://click.example.test/api/mcp.php', fetch }), options),
  agentries: (fetch: Fetch, options?: Options) => getReferralStats(createAgentries({ token: 'eyJ.responses.x', baseUrl: 'https://agentries.example.test', fetch }), options),
  'agentries-mint': (fetch: Fetch, _options?: Options) =>
    getAuthToken(
      createAgentries({
        did: 'did:web:agentries.xyz:agent:responses',
        privateKey: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
        baseUrl: 'https://agentries.example.test',
        fetch,
      }),
    ),
}
type Provider = keyof typeof PROVIDERS
const provider = fc.constantFrom(...(Object.keys(PROVIDERS) as Provider[]))

/** The contract's table (§4), restated here rather than imported from the code under test. */
function expectedName(status: number): string {
  const named: Record<number, string> = { 400: 'ValidationError', 401: 'AuthError', 403: 'ForbiddenError', 404: 'NotFoundError', 409: 'ConflictError', 422: 'ValidationError', 429: 'RateLimitError' }
  return named[status] ?? (status >= 500 ? 'ServerError' : 'ApiError')
}
// Statuses whose Response can carry a body and that reach the body reader (3xx are refused unread).
const bodyStatus = fc.oneof(fc.integer({ min: 200, max: 299 }), fc.integer({ min: 400, max: 599 })).filter((s) => s !== 204 && s !== 205)

/** What a body read may throw that is not the network: the values a runtime or a custom fetch can raise. */
const notTransport = fc.oneof(
  fc.string().map((m) => new RangeError(m)),
  fc.string().map((m) => new SyntaxError(m)),
  fc.string().map((m) => new Error(m)),
  fc.string().map((m) => new DOMException(m, 'EncodingError')),
  fc.string(),
  fc.integer(),
  fc.constant(undefined),
)

test(`unreadable bodies: any failure but a broken stream is an ApiError RESPONSE_UNREADABLE of the status, sent once (${RUNS.unreadable} cases)`, async () => {
  await fc.assert(
    fc.asyncProperty(provider, bodyStatus, notTransport, fc.constantFrom('stream', 'text'), async (name, status, thrown, how) => {
      let calls = 0
      const fetch = async () => {
        calls++
        if (how === 'stream') return new Response(new ReadableStream({ pull: (c) => c.error(thrown) }), { status, headers: { 'retry-after': '0' } })
        // A Response whose text() fails, as with a string too long for the runtime.
        const response = new Response(null, { status, headers: { 'retry-after': '0' } })
        Object.defineProperty(response, 'text', { value: () => Promise.reject(thrown) })
        return response
      }
      const error = await PROVIDERS[name](fetch as never).then(
        () => expect.fail('resolved'),
        (e) => e,
      )
      expect([error.name, error.code, error.status]).toEqual([status < 300 ? 'ApiError' : expectedName(status), 'RESPONSE_UNREADABLE', status])
      expect(error.message.startsWith(`${name.split('-')[0]} ${status} RESPONSE_UNREADABLE`)).toBe(true)
      expect(calls).toBe(1)
    }),
    { numRuns: RUNS.unreadable },
  )
}, 120_000)

/** What the runtimes throw when a connection drops mid-body (see the runtime matrix's dropped-connection case). */
const dropped = fc.oneof(
  fc.string().map((m) => new TypeError(m)), // the Fetch standard: Node, Deno, Bun, browsers
  fc.constant(Object.assign(new Error('Network connection lost.'), { retryable: true })), // workerd
  fc.constantFrom('ECONNRESET', 'EPIPE').map((code) => Object.assign(new Error('aborted'), { code })), // happy-dom passes Node's socket error
)

test('a broken stream stays a ConnectionError, through the stream or text(), on every runtime, and is retried', async () => {
  await fc.assert(
    fc.asyncProperty(provider.filter((p) => p !== 'agentries-mint'), dropped, fc.constantFrom('stream', 'text'), async (name, thrown, how) => {
      let calls = 0
      const fetch = async () => {
        calls++
        if (how === 'stream') return new Response(new ReadableStream({ pull: (c) => c.error(thrown) }), { status: 200 })
        const response = new Response(null, { status: 200 })
        Object.defineProperty(response, 'text', { value: () => Promise.reject(thrown) })
        return response
      }
      // It is retried: seen in onRetry, where the test stops the backoff wait at once.
      const stop = new AbortController()
      const retried: string[] = []
      const onRetry = ({ error }: { error: Error }) => (retried.push(error.name), stop.abort('stop'))
      const error = await PROVIDERS[name](fetch as never, { signal: stop.signal, onRetry }).catch((e) => e)
      expect(error).toBe('stop')
      expect(retried).toEqual(['ConnectionError'])
      expect(calls).toBe(1)
      const direct = await PROVIDERS[name](fetch as never, { maxRetries: 0 }).catch((e) => e)
      expect(direct.name).toBe('ConnectionError')
    }),
    { numRuns: 200 },
  )
}, 120_000)

/** A 2xx body without the provider's envelope: any JSON value but the envelope itself. */
const notEnvelope: Record<Provider, fc.Arbitrary<unknown>> = {
  agentref: fc.jsonValue().filter((v) => !(v && typeof v === 'object' && !Array.isArray(v) && 'data' in v)),
  'agentref-page': fc.jsonValue().filter((v) => !(v && typeof v === 'object' && !Array.isArray(v) && 'data' in v)),
  agentclick: fc.oneof(
    fc.jsonValue().filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)),
    fc.string().map((message) => ({ success: false, message })),
  ),
  agentries: fc.constant('not json {'),
  'agentries-mint': fc.jsonValue().filter((v) => typeof (v as { token?: unknown })?.token !== 'string'),
}

test(`statuses: an error from a 2xx names that 2xx, on every provider (${RUNS.statuses} cases)`, async () => {
  const cases = provider.chain((name) => fc.record({ name: fc.constant(name), status: fc.integer({ min: 200, max: 299 }).filter((s) => s !== 204 && s !== 205), body: notEnvelope[name] }))
  await fc.assert(
    fc.asyncProperty(cases, async ({ name, status, body }) => {
      const text = typeof body === 'string' && name === 'agentries' ? body : JSON.stringify(body)
      const fetch = async () => new Response(text, { status, headers: { 'content-type': 'application/json' } })
      const error = await PROVIDERS[name](fetch as never).then(
        () => expect.fail('resolved'),
        (e) => e,
      )
      expect(error.name).toBe('ApiError')
      expect(error.status).toBe(status)
      expect(error.message.startsWith(`${name.split('-')[0]} ${status}`), error.message).toBe(true)
    }),
    { numRuns: RUNS.statuses },
  )
}, 120_000)
