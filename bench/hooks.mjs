// node bench/hooks.mjs (also under deno run --allow-read --allow-env, and bun): the CPU cost of
// hooks per call, listPrograms with none against no-op onRequest/onResponse/onRetry, on the same
// stream-bodied stub as bench/throughput.mjs (with Content-Length). Medians of 11 alternating
// rounds, in µs of CPU per call. Needs dist/ (npm run build).
import process from 'node:process'
const body = JSON.stringify({ data: [{ id: 'prog_1', name: 'Demo' }], meta: { total: 1, page: 1, pageSize: 20, hasMore: false, requestId: 'req_1' } })
const bytes = new TextEncoder().encode(body)
const headers = { 'content-type': 'application/json', 'content-length': String(bytes.length) }
globalThis.fetch = async () => new Response(new ReadableStream({ start(c) { c.enqueue(bytes.slice()); c.close() } }), { status: 200, headers })
const { createAgentRef, listPrograms } = await import('../dist/agentref/index.js')
const baseUrl = 'https://api.example.test/api/v1'
const plain = createAgentRef({ apiKey: 'ak_live_bench', baseUrl })
const hooked = createAgentRef({ apiKey: 'ak_live_bench', baseUrl, hooks: { onRequest() {}, onResponse() {}, onRetry() {} } })
async function usPerCall(client, ms) {
  const start = performance.now(); const cpu = process.cpuUsage(); let n = 0
  while (performance.now() - start < ms) { for (let i = 0; i < 100; i++) await listPrograms(client, { page: 1 }); n += 100 }
  const u = process.cpuUsage(cpu); return ((u.user + u.system) / n)
}
await usPerCall(plain, 300); await usPerCall(hooked, 300)
const a = [], b = []
for (let r = 0; r < 11; r++) { a.push(await usPerCall(plain, 300)); b.push(await usPerCall(hooked, 300)) }
const med = (x) => [...x].sort((p, q) => p - q)[x.length >> 1]
console.log(JSON.stringify({ none: +med(a).toFixed(2), noop: +med(b).toFixed(2), diff: +(med(b) - med(a)).toFixed(2) }))
