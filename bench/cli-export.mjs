// npm run bench (or alone: node bench/cli-export.mjs, after npm run build): a full export from the
// command line, `affiliate-fetch agentref list-conversions --all --format ndjson`, against a plain
// `paginate` loop in a script doing the same work (one JSON line per item to stdout), both as their
// own Node processes over real HTTP to a sandbox seeded with 10,000 and 100,000 conversions.
// Prints items per second and the peak RSS of each process (VmHWM, read from /proc while it runs).
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = (p) => path.join(root, 'dist', p)
if (!existsSync(dist('cli/main.js'))) throw new Error('dist/ is missing: run npm run build first')
const { startSandbox } = await import(dist('sandbox/index.js'))

const SIZES = (process.env.BENCH_EXPORT_SIZES ?? '10000,100000').split(',').map(Number)
const PAGE = '100'

// The plain loop, as a user would write it without the command line.
const LOOP = `
import { createAgentRef, listConversions, paginate } from ${JSON.stringify(dist('agentref/index.js'))}
const client = createAgentRef({ apiKey: process.env.AGENTREF_API_KEY, baseUrl: process.env.AGENTREF_BASE_URL })
const out = (line) => new Promise((resolve) => (process.stdout.write(line) ? resolve() : process.stdout.once('drain', resolve)))
for await (const item of paginate(listConversions, client, { pageSize: ${PAGE} })) await out(JSON.stringify(item) + '\\n')
`

/** Peak resident set (kB) of a running process, from /proc; 0 where there is no /proc. */
function peakRss(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  } catch {
    return 0
  }
}

/** Runs a process to the end; counts the lines it prints; polls its peak RSS. */
function measure(args, env) {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let lines = 0
    let peak = 0
    let err = ''
    child.stdout.on('data', (chunk) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++
    })
    child.stderr.on('data', (chunk) => (err += chunk))
    const poll = setInterval(() => (peak = Math.max(peak, peakRss(child.pid))), 20)
    child.on('close', (code) => {
      clearInterval(poll)
      const seconds = (performance.now() - started) / 1000
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${err}`))
      else resolve({ lines, seconds, itemsPerSecond: Math.round(lines / seconds), peakRssMB: Math.round(peak / 1024) })
    })
  })
}

const results = {}
for (const size of SIZES) {
  const sandbox = await startSandbox({ bulk: { conversions: size }, limits: { agentref: 1e9 } })
  const env = { AGENTREF_API_KEY: sandbox.keys.agentref.merchant, AGENTREF_BASE_URL: sandbox.agentrefUrl }
  try {
    // Alternate the two, twice, and keep each one's better run: this machine is noisy.
    const runs = { cli: [], loop: [] }
    for (let round = 0; round < 2; round++) {
      runs.cli.push(await measure([dist('cli/main.js'), 'agentref', 'list-conversions', '--all', '--format', 'ndjson', '--page-size', PAGE], env))
      runs.loop.push(await measure(['--input-type=module', '-e', LOOP], env))
    }
    const best = (xs) => xs.reduce((a, b) => (b.itemsPerSecond > a.itemsPerSecond ? b : a))
    const [cli, loop] = [best(runs.cli), best(runs.loop)]
    if (cli.lines !== loop.lines) throw new Error(`the command line wrote ${cli.lines} items, the loop ${loop.lines}`)
    results[size] = { items: cli.lines, cli, loop }
  } finally {
    await sandbox.close()
  }
}

console.log('\nFull export over HTTP, --all --format ndjson against a paginate loop (pageSize 100; own processes; better of 2 runs):')
console.table(Object.fromEntries(Object.entries(results).map(([size, r]) => [`${Number(size).toLocaleString('en')} conversions`, {
  items: r.items,
  'CLI items/s': r.cli.itemsPerSecond,
  'loop items/s': r.loop.itemsPerSecond,
  'CLI / loop': Number((r.cli.itemsPerSecond / r.loop.itemsPerSecond).toFixed(2)),
  'CLI peak RSS (MB)': r.cli.peakRssMB,
  'loop peak RSS (MB)': r.loop.peakRssMB,
}])))
const [small, large] = SIZES.map((s) => results[s])
if (small && large) {
  console.log(`CLI items/s at ${SIZES[1].toLocaleString('en')} over ${SIZES[0].toLocaleString('en')}: ${(large.cli.itemsPerSecond / small.cli.itemsPerSecond).toFixed(2)}; peak RSS ${small.cli.peakRssMB} → ${large.cli.peakRssMB} MB`)
}
// For npm run bench, which gathers every figure into bench/results/latest.json.
mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
writeFileSync(path.join(root, 'bench', 'results', 'cli-export.json'), `${JSON.stringify(results, null, 2)}\n`)
export { results }
