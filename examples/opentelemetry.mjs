// OpenTelemetry tracing from affiliate-fetch's hooks alone (no fetch wrapper). Uses only
// @opentelemetry/api; your SDK setup provides the Tracer.
//
//   const tracing = tracingHooks(trace.getTracer('my-app'))
//   const { data } = await listPrograms(ar, {}, { hooks: tracing.call() })
//
// Each call gets a span (kind INTERNAL, named `<provider> <route>`), parented to the context that
// was active when `tracing.call()` ran, and one CLIENT span per attempt as its children, with the
// HTTP client semantic-convention attributes.
//
// Why one hooks object per call, not client-wide hooks: events carry no call id, so client hooks
// could not tell which call a retry belongs to when identical requests run at once. A hooks object
// per call keeps its call's spans in its own closure: concurrent calls cannot mix.
//
// When the call span ends: at a successful attempt; at a failed one, unless `onRetry` follows.
// The retry loop reacts to a failure within microtasks, so ending is deferred by one macrotask and
// cancelled by `onRetry`; the span still ends at the last attempt's end time. (So the call span of
// a failed call is exported one macrotask after the call rejects.) A caller's abort during a
// backoff wait emits no event: pass the call's signal, `tracing.call({ signal })`, to end the
// call span then too.
//
// Run: npm run example:opentelemetry (a retried call against a local sandbox, spans printed).
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api'

/** Turns a Tracer into a factory of affiliate-fetch hooks, one hooks object per call. */
export function tracingHooks(tracer) {
  return { call: ({ signal } = {}) => callHooks(tracer, context.active(), signal) }
}

/** Hooks for one call: its span, and its attempts' spans beneath it. */
function callHooks(tracer, parent, signal) {
  // One clock for the call's spans (wall time, with performance.now()'s precision), so that the
  // call span can end at exactly its last attempt's end.
  const offset = Date.now() - performance.now()
  const now = () => offset + performance.now()
  let call // open from the first attempt to the last
  let inCall // the context with `call` active: the attempts' parent
  let attempt // the attempt in flight (attempts of one call never overlap)
  let deferredEnd

  function endCall(error, endTime) {
    signal?.removeEventListener('abort', abandon)
    if (error !== undefined) markFailed(call, error)
    call.end(endTime)
    call = undefined // this hooks object may serve another call after this one
  }
  function abandon() {
    endCall(signal.reason, now())
  }

  return {
    onRequest(event) {
      signal?.removeEventListener('abort', abandon)
      if (!call) {
        const attributes = { 'affiliate.provider': event.provider, 'http.request.method': event.method, 'http.route': event.route }
        call = tracer.startSpan(`${event.provider} ${event.route}`, { kind: SpanKind.INTERNAL, attributes, startTime: now() }, parent)
        inCall = trace.setSpan(parent, call)
      }
      attempt = tracer.startSpan(`${event.method} ${event.route}`, { kind: SpanKind.CLIENT, attributes: requestAttributes(event), startTime: now() }, inCall)
    },
    onResponse(event) {
      const endTime = now()
      if (event.status !== undefined) attempt.setAttribute('http.response.status_code', event.status)
      if (event.requestId !== undefined) attempt.setAttribute('affiliate.request_id', event.requestId)
      if (event.error !== undefined) markFailed(attempt, event.error)
      attempt.end(endTime)
      if (event.error === undefined) endCall(undefined, endTime)
      else deferredEnd = setTimeout(endCall, 0, event.error, endTime)
    },
    onRetry() {
      clearTimeout(deferredEnd)
      if (!signal) return
      if (signal.aborted) abandon()
      else signal.addEventListener('abort', abandon, { once: true })
    },
  }
}

/** The semantic-convention attributes known when an attempt starts. No credential is in an event. */
function requestAttributes(event) {
  const url = new URL(event.url)
  const attributes = {
    'http.request.method': event.method,
    'url.full': event.url,
    'server.address': url.hostname,
    'server.port': Number(url.port) || (url.protocol === 'https:' ? 443 : 80),
    'http.route': event.route,
    'affiliate.provider': event.provider,
  }
  if (event.attempt > 0) attributes['http.request.resend_count'] = event.attempt
  // Not a secret (it travels in logs and replays) and it ties the attempts to the server's record.
  if (event.idempotencyKey !== undefined) attributes['affiliate.idempotency_key'] = event.idempotencyKey
  return attributes
}

/** Error status, and `error.type`: the typed error's class (`ServerError`, `TimeoutError`…). */
function markFailed(span, error) {
  span.setAttribute('error.type', (error instanceof Error && error.name) || '_OTHER')
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) })
}

// Run directly: one call retried once against a fresh sandbox, its spans printed as a tree.
const entry = globalThis.process?.argv?.[1]
if (entry && entry === import.meta.filename) await main()

async function main() {
  const { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } = await import('@opentelemetry/sdk-trace-base')
  const { startSandbox } = await import('affiliate-fetch/sandbox')
  const { createAgentRef, listPrograms } = await import('affiliate-fetch/agentref')
  const exporter = new InMemorySpanExporter()
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] })
  const tracing = tracingHooks(provider.getTracer('affiliate-fetch-example'))

  const sandbox = await startSandbox({ faults: 'GET /programs:503:1' }) // the first GET /programs fails
  try {
    const ar = createAgentRef({ apiKey: sandbox.keys.agentref.merchant, baseUrl: sandbox.agentrefUrl })
    const { data } = await listPrograms(ar, {}, { hooks: tracing.call() })
    console.log(`${data.length} programs, after a retry:\n`)
  } finally {
    await sandbox.close()
  }
  const spans = exporter.getFinishedSpans()
  const print = (span, depth) => {
    const ms = (span.duration[0] * 1e3 + span.duration[1] / 1e6).toFixed(1)
    console.log(`${'  '.repeat(depth)}${span.name} [${SpanKind[span.kind]}, ${SpanStatusCode[span.status.code]}, ${ms} ms] ${JSON.stringify(span.attributes)}`)
    for (const child of spans.filter((s) => s.parentSpanContext?.spanId === span.spanContext().spanId)) print(child, depth + 1)
  }
  for (const root of spans.filter((s) => !s.parentSpanContext)) print(root, 0)
}
