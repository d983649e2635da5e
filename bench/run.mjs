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

// Per-call overhead: each contender runs alone in a fresh process (bench/throughput-child.mjs),
// counting calls per CPU second against the same stub fetch; rounds rotate the order, and the
// figures are medians, because this kind of machine is noisy from one second to the next.
const rounds = Number(process.env.BENCH_ROUNDS ?? 7)
const contenders = { raw: 'raw fetch + json()', ours: 'affiliate-fetch listPrograms', official: 'official SDK programs.list' }
const runs = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]))
const ratios = { ours: [], official: [] }
for (let r = 0; r < rounds; r++) {
  const order = Object.keys(contenders)
  for (let i = 0; i < r % order.length; i++) order.push(order.shift())
  const round = {}
  for (const name of order) {
    round[name] = Number(execFileSync(process.execPath, [path.join(here, 'throughput-child.mjs'), name, '1000'], { encoding: 'utf8' }).trim())
    runs[name].push(round[name])
  }
  ratios.ours.push(round.ours / round.raw)
  ratios.official.push(round.official / round.raw)
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const throughput = Object.fromEntries(
  Object.entries(contenders).map(([k, label]) => [label, { opsPerCpuSec: Math.round(median(runs[k])), vsRawFetch: k === 'raw' ? 1 : +median(ratios[k]).toFixed(3) }]),
)
console.log(`\nPer-call throughput with a stub fetch (calls per CPU second, medians of ${rounds} rounds, one process per run):`)
console.table(Object.fromEntries(Object.entries(throughput).map(([k, v]) => [k, { 'calls/CPU s': v.opsPerCpuSec, 'x raw fetch': v.vsRawFetch }])))

const results = { date: new Date().toISOString(), node: process.version, sizes, tarball, throughput }
writeFileSync(path.join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log('\nwritten: bench/results.json')
