// One contender, alone in its own process (JIT and GC state of one contender must not skew
// another's): prints its calls per second against a stub fetch.
const [contender, ms = '1500'] = process.argv.slice(2)
const body = JSON.stringify({ data: [{ id: 'prog_1', name: 'Demo' }], meta: { total: 1, page: 1, pageSize: 20, hasMore: false, requestId: 'req_1' } })
const init = { status: 200, headers: { 'content-type': 'application/json' } }
// Every contender gets the same stub: a Response built from prebuilt text.
globalThis.fetch = async () => new Response(body, init)
const baseUrl = 'https://api.example.test/api/v1'
const apiKey = 'ak_live_bench'

async function load() {
  if (contender === 'raw') return () => fetch(`${baseUrl}/programs?page=1`, { headers: { authorization: `Bearer ${apiKey}` } }).then((r) => r.json())
  if (contender === 'ours') {
    const { createAgentRef, listPrograms } = await import('../dist/agentref/index.js')
    const client = createAgentRef({ apiKey, baseUrl })
    return () => listPrograms(client, { page: 1 })
  }
  const { AgentRef } = await import('agentref')
  const official = new AgentRef({ apiKey, baseUrl })
  return () => official.programs.list({ page: 1 })
}

const call = await load()
// Calls per CPU second (user + system time of this process), not per wall second: on a shared
// virtual machine, time the CPU spends elsewhere would otherwise count against whoever ran then.
async function opsPerSecond(duration) {
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
await opsPerSecond(500) // warm-up
console.log(Math.round(await opsPerSecond(Number(ms))))
