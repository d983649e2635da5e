// One runtime's per-call CPU cost: run by Node, Deno and Bun alike (`npm run bench` starts one
// process per runtime). The contenders share this process and run in alternating rounds, so a
// burst of load on this shared machine falls on all of them; each round counts calls per CPU
// second (user + system time), not per wall second. Prints one JSON line.
import process from 'node:process'

const [rounds = '9', ms = '400', stub = 'stream-length'] = process.argv.slice(2)
const body = JSON.stringify({ data: [{ id: 'prog_1', name: 'Demo' }], meta: { total: 1, page: 1, pageSize: 20, hasMore: false, requestId: 'req_1' } })
const bytes = new TextEncoder().encode(body)
// Every contender gets the same stub: a Response whose body is a stream, as every network response
// has (a Response built from a string is read on a runtime fast path that no network response
// takes, so it is not the measure). 'stream-length': with its Content-Length, as a server answers
// plain JSON; 'stream-chunked': without one, as with chunked or compressed bodies. The Response is
// ready when fetch is called. Every contender arms its timeout either way.
const headers = { 'content-type': 'application/json', ...(stub === 'stream-length' ? { 'content-length': String(bytes.length) } : {}) }
const stream = () =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice())
      controller.close()
    },
  })
globalThis.fetch = async () => new Response(stream(), { status: 200, headers })
const baseUrl = 'https://api.example.test/api/v1'
const apiKey = 'ak_live_bench'

const { createAgentRef, listPrograms } = await import('../dist/agentref/index.js')
const { AgentRef } = await import('agentref')
const ours = createAgentRef({ apiKey, baseUrl })
const official = new AgentRef({ apiKey, baseUrl })
const contenders = {
  raw: () => fetch(`${baseUrl}/programs?page=1`, { headers: { authorization: `Bearer ${apiKey}` } }).then((r) => r.json()),
  ours: () => listPrograms(ours, { page: 1 }),
  official: () => official.programs.list({ page: 1 }),
}

async function callsPerCpuSecond(call, duration) {
  const start = performance.now()
  const cpu = process.cpuUsage()
  let n = 0
  while (performance.now() - start < duration) {
    for (let i = 0; i < 100; i++) await call()
    n += 100
  }
  const used = process.cpuUsage(cpu)
  return n / ((used.user + used.system) / 1e6)
}

for (const call of Object.values(contenders)) await callsPerCpuSecond(call, 300) // warm-up
const runs = { raw: [], ours: [], official: [] }
for (let r = 0; r < Number(rounds); r++) {
  // Rotate who goes first, so no contender always runs right after the same one.
  const order = Object.keys(contenders)
  for (let i = 0; i < r % order.length; i++) order.push(order.shift())
  for (const name of order) runs[name].push(await callsPerCpuSecond(contenders[name], Number(ms)))
}
console.log(JSON.stringify(runs))
