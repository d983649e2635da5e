// One runtime's per-call CPU cost: run by Node, Deno and Bun alike (`npm run bench` starts one
// process per runtime). The contenders share this process and run in alternating rounds, so a
// burst of load on this shared machine falls on all of them; each round counts calls per CPU
// second (user + system time), not per wall second. Prints one JSON line.
import process from 'node:process'

const [rounds = '9', ms = '400', stub = 'at-once'] = process.argv.slice(2)
const body = JSON.stringify({ data: [{ id: 'prog_1', name: 'Demo' }], meta: { total: 1, page: 1, pageSize: 20, hasMore: false, requestId: 'req_1' } })
// As a server answers JSON: with its Content-Length (without one, as with chunked or compressed
// bodies, affiliate-fetch reads the body as a stream to bound it, which costs more on Deno and Bun).
const init = { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(new TextEncoder().encode(body).length) } }
// Every contender gets the same stub: a Response built from prebuilt text.
// 'at-once': the Response is ready when fetch is called, so an attempt ends within the microtasks of
// the call. 'next-task': it comes in a later task, as from a network. Every contender arms its
// timeout either way (ours: a timer per attempt, cleared when the attempt ends).
globalThis.fetch =
  stub === 'next-task' ? () => new Promise((resolve) => setImmediate(() => resolve(new Response(body, init)))) : async () => new Response(body, init)
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
