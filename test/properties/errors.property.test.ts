// Property: for any status and any body (any JSON value, any bytes, any content type), the error
// class follows the status alone; only the retryable statuses are retried; and nothing but a real
// network failure (fetch rejecting, a broken body stream) is a ConnectionError.
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { createAgentClick, listCategories } from '../../src/agentclick/index.js'
import { createAgentRef, getProgram } from '../../src/agentref/index.js'
import { createAgentries, getReferralStats } from '../../src/agentries/index.js'
import { RUNS } from './runs.js'

/** One retried read per provider, each over its own error shape. */
const PROVIDERS = {
  agentref: (fetch: typeof globalThis.fetch) => getProgram(createAgentRef({ apiKey: 'ak_live_errors', baseUrl: 'https://api.example.test/api/v1', fetch }), 'p'),
  agentclick: (fetch: typeof globalThis.fetch) => listCategories(createAgentClick({ apiKey: `aa_${'ab'.repeat(24)}`, baseUrl: 'https://click.example.test/api/mcp.php', fetch })),
  agentries: (fetch: typeof globalThis.fetch) => getReferralStats(createAgentries({ token: 'eyJ.errors.x', baseUrl: 'https://agentries.example.test', fetch })),
}

/** The contract's table (§4), restated here rather than imported from the code under test. */
function expectedName(status: number): string {
  const named: Record<number, string> = { 400: 'ValidationError', 401: 'AuthError', 403: 'ForbiddenError', 404: 'NotFoundError', 409: 'ConflictError', 422: 'ValidationError', 429: 'RateLimitError' }
  return named[status] ?? (status >= 500 ? 'ServerError' : 'ApiError')
}
const RETRYABLE = new Set([408, 429, 500, 502, 503, 504])
const NULL_BODY = new Set([204, 205, 304])

const bodyBytes = fc.oneof(
  fc.jsonValue().map((v) => new TextEncoder().encode(JSON.stringify(v))),
  fc.jsonValue().map((v) => new TextEncoder().encode(JSON.stringify({ error: v, meta: v, success: v, message: v, details: v }))),
  fc.string({ unit: 'binary' }).map((s) => new TextEncoder().encode(s)),
  fc.uint8Array({ maxLength: 300 }),
)

test(`error mapping, all three providers: the class follows the status for any body; only §5 statuses retry (${RUNS.errorMapping} cases)`, async () => {
  const cases = fc.record({
    provider: fc.constantFrom('agentref', 'agentclick', 'agentries') as fc.Arbitrary<keyof typeof PROVIDERS>,
    status: fc.integer({ min: 200, max: 599 }),
    body: bodyBytes,
    contentType: fc.constantFrom('application/json', 'text/html', 'text/plain', 'application/octet-stream', 'application/problem+json'),
  })
  await fc.assert(
    fc.asyncProperty(cases, async ({ provider, status, body, contentType }) => {
      let calls = 0
      const fetch = async () => {
        calls++
        return new Response(NULL_BODY.has(status) ? null : body, { status, headers: { 'content-type': contentType, 'retry-after': '0' } })
      }
      const outcome = await PROVIDERS[provider](fetch as never).then((value) => ({ value }), (error) => ({ error }))
      if (!('error' in outcome)) {
        // Only a 2xx answers: with a JSON envelope, or empty (204).
        expect(status >= 200 && status < 300).toBe(true)
        expect(calls).toBe(1)
        return
      }
      const { error } = outcome
      expect(error.name).not.toBe('ConnectionError')
      if (status >= 200 && status < 300) {
        // Unreadable or envelope-less success (or AgentClick's success: false): an ApiError, never retried.
        expect(error.name).toBe('ApiError')
        expect(calls).toBe(1)
        return
      }
      // A redirect without a Location is answered as its status.
      expect(error.name).toBe(expectedName(status))
      expect(error.status).toBe(status)
      expect(calls).toBe(RETRYABLE.has(status) ? 3 : 1)
    }),
    { numRuns: RUNS.errorMapping },
  )
}, 120_000)

test('only network failures are ConnectionErrors: fetch rejecting, or the body stream breaking', async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom('reject', 'stream'), fc.string(), async (how, message) => {
      let calls = 0
      const fetch = async () => {
        calls++
        if (how === 'reject') throw new TypeError(message)
        const body = new ReadableStream({ pull: (c) => c.error(new TypeError(message)) })
        return new Response(body, { status: 200 })
      }
      const client = createAgentRef({ apiKey: 'ak_live_errors', baseUrl: 'https://api.example.test/api/v1', fetch, maxRetries: 1 })
      // It is retried: seen in onRetry, where the test stops the backoff wait at once.
      const stop = new AbortController()
      const retried: string[] = []
      const error = await getProgram(client, 'p', { signal: stop.signal, onRetry: ({ error }) => (retried.push((error as Error).name), stop.abort('stop')) }).catch((e) => e)
      expect(error).toBe('stop')
      expect(retried).toEqual(['ConnectionError'])
      expect(calls).toBe(1)
      const direct = await getProgram(client, 'p', { maxRetries: 0 }).catch((e) => e)
      expect(direct.name).toBe('ConnectionError')
    }),
    { numRuns: 200 },
  )
}, 60_000)
