// npm run bench: bundle sizes and per-call CPU overhead, printed as tables and written to bench/results.json.
import { writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle, bundleCases, entryFile } from './sizes.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
if (!existsSync(entryFile('agentref', 'dist'))) throw new Error('dist/ is missing: run npm run build first')

const sizes = {}
for (const [name, contents] of Object.entries(bundleCases('dist'))) {
  try {
    const { minified, gzip } = await bundle(contents)
    sizes[name] = { minified, gzip }
  } catch (error) {
    sizes[name] = { error: String(error.message ?? error).split('\n')[0] }
  }
}
console.log('\nBundle size (esbuild --minify, gzip -9), from the built package:')
console.table(Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, v.error ? { error: v.error } : { 'min (B)': v.minified, 'gzip (B)': v.gzip }])))

// The tarball users download: npm pack --dry-run reports its packed and unpacked size.
const { execFileSync } = await import('node:child_process')
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: path.join(here, '..'), encoding: 'utf8' }))
const tarball = { files: pack.entryCount, packed: pack.size, unpacked: pack.unpackedSize }
console.log(`\nTarball: ${tarball.files} files, ${(tarball.packed / 1000).toFixed(1)} kB packed, ${(tarball.unpacked / 1000).toFixed(1)} kB unpacked`)

// Per-call overhead: every contender gets the same stub fetch, which answers with a Response built
// from prebuilt text, so what differs is only the client's own work.
const body = JSON.stringify({ data: [{ id: 'prog_1', name: 'Demo' }], meta: { total: 1, page: 1, pageSize: 20, hasMore: false, requestId: 'req_1' } })
const init = { status: 200, headers: { 'content-type': 'application/json' } }
globalThis.fetch = async () => new Response(body, init)
const baseUrl = 'https://api.example.test/api/v1'
const apiKey = 'ak_live_bench'

const ours = await import(entryFile('agentref', 'dist'))
const { AgentRef } = await import('agentref')
const client = ours.createAgentRef({ apiKey, baseUrl })
const official = new AgentRef({ apiKey, baseUrl })

const contenders = {
  'raw fetch + json()': async () => (await fetch(`${baseUrl}/programs?page=1`, { headers: { authorization: `Bearer ${apiKey}` } })).json(),
  'affiliate-fetch listPrograms': () => ours.listPrograms(client, { page: 1 }),
  'official SDK programs.list': () => official.programs.list({ page: 1 }),
}

async function opsPerSecond(fn, ms) {
  const start = performance.now()
  let n = 0
  while (performance.now() - start < ms) {
    for (let i = 0; i < 100; i++) await fn()
    n += 100
  }
  return n / ((performance.now() - start) / 1000)
}

const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const speed = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]))
for (const fn of Object.values(contenders)) await opsPerSecond(fn, 300) // warm-up
for (let r = 0; r < rounds; r++) {
  // Interleave contenders each round so drift in machine load hits all of them alike.
  for (const [name, fn] of Object.entries(contenders)) speed[name].push(await opsPerSecond(fn, 400))
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const raw = median(speed['raw fetch + json()'])
const throughput = Object.fromEntries(Object.entries(speed).map(([k, xs]) => [k, { opsPerSec: Math.round(median(xs)), vsRawFetch: +(median(xs) / raw).toFixed(3) }]))
console.log(`\nPer-call throughput with a stub fetch (median of ${rounds} rounds of 400 ms):`)
console.table(Object.fromEntries(Object.entries(throughput).map(([k, v]) => [k, { 'ops/s': v.opsPerSec, 'x raw fetch': v.vsRawFetch }])))

const results = { date: new Date().toISOString(), node: process.version, sizes, tarball, throughput }
writeFileSync(path.join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log('\nwritten: bench/results.json')
