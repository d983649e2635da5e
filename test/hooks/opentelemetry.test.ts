// The OpenTelemetry example (examples/opentelemetry.mjs) against a real sandbox and the real
// OpenTelemetry SDK: a span per call, a CLIENT span per attempt beneath it, with the HTTP client
// semantic-convention attributes, and no credential anywhere in a span.
import { SpanKind, SpanStatusCode } from '@opentelemetry/api'
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base'
import { afterEach, expect, test } from 'vitest'
import { tracingHooks } from '../../examples/opentelemetry.mjs'
import { createAgentRef, createPayout, getProgram, listPrograms } from '../../src/agentref/index.js'
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.js'

let sandbox: Sandbox | undefined
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})

/** A sandbox, a merchant client on it, and a tracer whose spans are kept in memory. */
async function setup(faults: SandboxOptions['faults']) {
  sandbox = await startSandbox({ faults })
  const exporter = new InMemorySpanExporter()
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] })
  const tracing = tracingHooks(provider.getTracer('test'))
  const ar = createAgentRef({ apiKey: sandbox.keys.agentref.merchant, baseUrl: sandbox.agentrefUrl })
  return { sandbox, exporter, tracing, ar }
}

/** A failed call's span ends one macrotask after its last attempt (see the example). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 10))

const calls = (spans: ReadableSpan[]) => spans.filter((span) => span.kind === SpanKind.INTERNAL)
const attemptsOf = (spans: ReadableSpan[], call: ReadableSpan) =>
  spans.filter((span) => span.parentSpanContext?.spanId === call.spanContext().spanId)
const ms = ([s, ns]: [number, number]) => s * 1e3 + ns / 1e6

/** Everything a span exports that could carry text. */
const exported = (span: ReadableSpan) => JSON.stringify({ name: span.name, attributes: span.attributes, events: span.events, status: span.status, links: span.links })

test('a call retried once gives one call span and one CLIENT span per attempt beneath it, with the semantic-convention attributes and no API key', async () => {
  const { sandbox, exporter, tracing, ar } = await setup('GET /programs:503:1')
  const { data } = await listPrograms(ar, {}, { hooks: tracing.call() })
  expect(data.length).toBeGreaterThan(0)

  const spans = exporter.getFinishedSpans()
  expect(spans).toHaveLength(3)
  const [call] = calls(spans)
  expect(call).toBeDefined()
  expect(call!.name).toBe('agentref /programs')
  expect(call!.parentSpanContext).toBeUndefined()
  expect(call!.status.code).toBe(SpanStatusCode.UNSET)

  const attempts = attemptsOf(spans, call!)
  expect(attempts).toHaveLength(2)
  expect(sandbox.requests.filter((r) => r.url.endsWith('/programs'))).toHaveLength(2) // one span per request sent
  const port = Number(new URL(sandbox.url).port)
  for (const attempt of attempts) {
    expect(attempt.kind).toBe(SpanKind.CLIENT)
    expect(attempt.name).toBe('GET /programs')
    expect(attempt.spanContext().traceId).toBe(call!.spanContext().traceId)
    expect(attempt.attributes).toMatchObject({
      'http.request.method': 'GET',
      'url.full': `${sandbox.agentrefUrl}/programs`,
      'server.address': '127.0.0.1',
      'server.port': port,
      'http.route': '/programs',
      'affiliate.provider': 'agentref',
    })
  }
  const [first, second] = attempts
  expect(first!.attributes['http.response.status_code']).toBe(503)
  expect(first!.attributes['error.type']).toBe('ServerError')
  expect(first!.attributes['http.request.resend_count']).toBeUndefined()
  expect(first!.status.code).toBe(SpanStatusCode.ERROR)
  expect(second!.attributes['http.response.status_code']).toBe(200)
  expect(second!.attributes['error.type']).toBeUndefined()
  expect(second!.attributes['http.request.resend_count']).toBe(1)
  expect(second!.status.code).toBe(SpanStatusCode.UNSET)

  // The call spans its attempts: from the first one's start to the last one's end.
  expect(ms(call!.startTime)).toBeLessThanOrEqual(ms(first!.startTime))
  expect(ms(first!.endTime)).toBeLessThanOrEqual(ms(second!.startTime))
  expect(ms(call!.endTime)).toBe(ms(second!.endTime))

  const key = sandbox.keys.agentref.merchant
  for (const span of spans) {
    expect(exported(span)).not.toContain(key)
    expect(exported(span).toLowerCase()).not.toContain('authorization')
  }
})

test('a call that fails for good ends its span with an error status once no retry follows', async () => {
  const { exporter, tracing, ar } = await setup([{ route: 'GET /programs', status: 503, retryAfter: 0 }])
  await expect(listPrograms(ar, {}, { hooks: tracing.call(), maxRetries: 1 })).rejects.toMatchObject({ name: 'ServerError', status: 503 })
  await settled()
  const spans = exporter.getFinishedSpans()
  const [call] = calls(spans)
  expect(calls(spans)).toHaveLength(1)
  expect(call!.status.code).toBe(SpanStatusCode.ERROR)
  expect(call!.attributes['error.type']).toBe('ServerError')
  const attempts = attemptsOf(spans, call!)
  expect(attempts.map((a) => [a.attributes['http.response.status_code'], a.attributes['http.request.resend_count']])).toEqual([
    [503, undefined],
    [503, 1],
  ])
  expect(ms(call!.endTime)).toBe(ms(attempts[1]!.endTime))
})

test('concurrent calls, retried at the same time, keep their attempts under their own call span', async () => {
  const { sandbox, exporter, tracing, ar } = await setup([{ route: 'GET /programs/*', status: 503, times: 2, retryAfter: 0 }])
  const ids = ['prg_3477502e9203', 'prg_31d7c7f3d5a0']
  const [a, b, list] = await Promise.all([
    getProgram(ar, ids[0]!, { hooks: tracing.call() }),
    getProgram(ar, ids[1]!, { hooks: tracing.call() }),
    listPrograms(ar, {}, { hooks: tracing.call() }),
  ])
  expect([a.id, b.id, list.data.length > 0]).toEqual([...ids, true])

  const spans = exporter.getFinishedSpans()
  expect(spans).toHaveLength(3 + 2 + 2 + 1)
  const byRoute = (route: string) => calls(spans).filter((call) => call.attributes['http.route'] === route)
  expect(byRoute('/programs/{id}')).toHaveLength(2)
  expect(byRoute('/programs')).toHaveLength(1)
  const traces = new Set(calls(spans).map((call) => call.spanContext().traceId))
  expect(traces.size).toBe(3)

  const urlsPerCall = byRoute('/programs/{id}').map((call) => {
    const attempts = attemptsOf(spans, call)
    expect(attempts.map((span) => [span.attributes['http.response.status_code'], span.attributes['http.request.resend_count']])).toEqual([
      [503, undefined],
      [200, 1],
    ])
    for (const span of attempts) expect(span.spanContext().traceId).toBe(call.spanContext().traceId)
    return new Set(attempts.map((span) => span.attributes['url.full']))
  })
  // Each call's two attempts went to one URL, and the two calls to different ones.
  expect(urlsPerCall.map((urls) => [...urls].sort())).toEqual(expect.arrayContaining(ids.map((id) => [`${sandbox.agentrefUrl}/programs/${id}`])))
  expect(attemptsOf(spans, byRoute('/programs')[0]!)).toHaveLength(1)
})

test('a POST carries its idempotency key on every attempt span: the same generated key on the retry', async () => {
  const { sandbox, exporter, tracing, ar } = await setup([{ route: 'POST /payouts', status: 503, times: 1, retryAfter: 0 }])
  const payout = await createPayout(ar, { affiliateId: 'aff_f5b59c317a0a', programId: 'prg_31d7c7f3d5a0', method: 'paypal' }, { hooks: tracing.call() })
  expect(payout.id).toBeTruthy()
  const spans = exporter.getFinishedSpans()
  const [call] = calls(spans)
  expect(call!.name).toBe('agentref /payouts')
  const attempts = attemptsOf(spans, call!)
  expect(attempts.map((span) => span.attributes['http.response.status_code'])).toEqual([503, 201])
  const keys = attempts.map((span) => span.attributes['affiliate.idempotency_key'])
  expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/)
  expect(keys[1]).toBe(keys[0])
  for (const span of spans) expect(exported(span)).not.toContain(sandbox.keys.agentref.merchant)
})

test("a caller's abort during the backoff wait, which no hook reports, still ends the call span when the signal is passed", async () => {
  const { sandbox, exporter, tracing } = await setup('GET /programs:503:1') // no Retry-After: a backoff of 375 ms or more
  const controller = new AbortController()
  const abortSoon = () => void setTimeout(() => controller.abort(new DOMException('gave up', 'AbortError')), 20)
  const ar = createAgentRef({ apiKey: sandbox.keys.agentref.merchant, baseUrl: sandbox.agentrefUrl, hooks: { onRetry: abortSoon } })
  await expect(listPrograms(ar, {}, { signal: controller.signal, hooks: tracing.call({ signal: controller.signal }) })).rejects.toMatchObject({ name: 'AbortError' })
  const spans = exporter.getFinishedSpans()
  const [call] = calls(spans)
  expect(calls(spans)).toHaveLength(1)
  expect(call!.status).toEqual({ code: SpanStatusCode.ERROR, message: 'gave up' })
  expect(call!.attributes['error.type']).toBe('AbortError')
  expect(attemptsOf(spans, call!).map((span) => span.attributes['http.response.status_code'])).toEqual([503])
  expect(ms(call!.endTime) - ms(call!.startTime)).toBeLessThan(300) // ended at the abort, not at a later attempt
})
