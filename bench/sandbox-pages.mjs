// A full export of the sandbox's AgentRef conversions, page after page (pageSize 100, following
// nextCursor), at two collection sizes: a page should cost what it holds, so items per second
// should not fall as the collection grows. Each size runs in its own child process, so its peak
// RSS is its own. Run after `npm run build`: node bench/sandbox-pages.mjs [sizes...] [--rounds N]
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const flag = (name, fallback) => {
  const i = args.indexOf(name)
  return i === -1 ? fallback : args.splice(i, 2)[1]
}
const rounds = Number(flag('--rounds', '5'))
const child = flag('--child', undefined)

if (child !== undefined) {
  const { createSandbox } = await import('../dist/sandbox/index.js')
  const { createAgentRef, listConversions, paginate } = await import('../dist/agentref/index.js')
  const n = Number(child)
  const seedStart = performance.now()
  const sb = createSandbox({ bulk: { conversions: n }, limits: { agentref: 1e9 } })
  const seedMs = performance.now() - seedStart
  const client = createAgentRef({ apiKey: sb.keys.agentref.merchant, fetch: sb.fetch })
  const exportAll = async () => {
    let items = 0
    for await (const _ of paginate(listConversions, client, { pageSize: 100 })) items++
    return items
  }
  // Warm-up: whole exports for at least a second, so both sizes are timed with a warm JIT.
  for (const start = performance.now(); performance.now() - start < 1000; ) await exportAll()
  // Each timed run exports at least 100,000 items (whole exports), so runs at both sizes last
  // about as long and a GC pause weighs the same in each.
  const runs = []
  let items = 0
  for (let r = 0; r < rounds; r++) {
    let done = 0
    const start = performance.now()
    while (done < 100_000) done += items = await exportAll()
    runs.push(done / ((performance.now() - start) / 1000))
  }
  await sb.close()
  const median = [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]
  console.log(JSON.stringify({ n, items, seedMs, itemsPerSecond: median, runs, maxRssKb: process.resourceUsage().maxRSS }))
} else {
  const sizes = args.length ? args.map(Number) : [10_000, 100_000]
  const self = fileURLToPath(import.meta.url)
  const results = sizes.map((n) => JSON.parse(execFileSync(process.execPath, [self, '--child', String(n), '--rounds', String(rounds)], { encoding: 'utf8' }).trim().split('\n').pop()))
  console.log(`\nSandbox AgentRef export: paginate(listConversions, { pageSize: 100 }) through createSandbox().fetch (median of ${rounds} runs of whole exports, ≥ 100,000 items each, after a warm-up; one process per size):`)
  console.table(
    Object.fromEntries(
      results.map((r) => [
        r.n.toLocaleString('en-US'),
        { 'items exported': r.items, 'items/s': Math.round(r.itemsPerSecond), 'seed (ms)': Math.round(r.seedMs), 'peak RSS (MB)': +(r.maxRssKb / 1024).toFixed(1) },
      ]),
    ),
  )
  const first = results[0]
  const last = results[results.length - 1]
  if (results.length > 1) {
    const ratio = last.itemsPerSecond / first.itemsPerSecond
    const within = Math.min(ratio, 1 / ratio) >= 0.8
    console.log(`items/s at ${last.n.toLocaleString('en-US')} ÷ items/s at ${first.n.toLocaleString('en-US')}: ${ratio.toFixed(3)} (target: within 20 % of each other: ${within ? 'met' : 'missed'})`)
  }
  // For npm run bench, which gathers every figure into bench/results/latest.json.
  const out = new URL('./results/', import.meta.url)
  mkdirSync(out, { recursive: true })
  writeFileSync(new URL('sandbox-pages.json', out), `${JSON.stringify({ rounds, results: results.map(({ n, items, itemsPerSecond, maxRssKb }) => ({ n, items, itemsPerSecond: Math.round(itemsPerSecond), peakRssMB: +(maxRssKb / 1024).toFixed(1) })) }, null, 2)}\n`)
}
