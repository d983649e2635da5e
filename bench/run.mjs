// npm run bench: bundle sizes and per-call CPU overhead, printed as tables and written to
// bench/results/latest.json (untracked). `npm run bench:publish` copies that run to
// bench/published.json, from which docs/size-and-speed.md's figures are generated.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeBinary, NODE_VERSIONS } from '../runtime-tests/node/versions.mjs'
import { bundle, bundleCases, entryFile, moduleGroups } from './sizes.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
if (!existsSync(entryFile('agentref', 'dist'))) throw new Error('dist/ is missing: run npm run build first')

const sizes = {}
const groups = {}
for (const [name, contents] of Object.entries(bundleCases('dist'))) {
  try {
    const built = await bundle(contents)
    sizes[name] = { minified: built.minified, gzip: built.gzip }
  } catch (error) {
    sizes[name] = { error: String(error.message ?? error).split('\n')[0] }
  }
}
console.log('\nBundle size (esbuild --minify, gzip -9), from the built package:')
console.table(Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, v.error ? { error: v.error } : { 'min (B)': v.minified, 'gzip (B)': v.gzip }])))

// Per part: built from src/, where each module is its own file (dist/ shares chunks between entries).
for (const name of ['listPrograms alone', 'merchant set']) groups[name] = moduleGroups(await bundle(bundleCases('src')[name]))
console.log('\nWhere the bytes of createAgentRef + listPrograms go, built from src/ (minified bytes per part; gzip share in proportion):')
console.table(groups['listPrograms alone'])

// The tarball users download: npm pack --dry-run reports its packed and unpacked size.
const { execFileSync } = await import('node:child_process')
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: path.join(here, '..'), encoding: 'utf8' }))
const tarball = { files: pack.entryCount, packed: pack.size, unpacked: pack.unpackedSize }
console.log(`\nTarball: ${tarball.files} files, ${(tarball.packed / 1000).toFixed(1)} kB packed, ${(tarball.unpacked / 1000).toFixed(1)} kB unpacked`)

// Per-call CPU cost: one process per runtime (bench/throughput.mjs), in which the contenders run
// in alternating rounds; each round's ratio to raw fetch is taken within the round, and the figures
// are medians, because this kind of machine is noisy from one second to the next.
const rounds = process.env.BENCH_ROUNDS ?? '9'
const bin = (name) => path.join(here, '..', 'node_modules', '.bin', name)
const runtimes = { node: [process.execPath, []] }
// The other Node majors that engines claims, as the runtime matrix fetches them (Linux x64 only).
for (const [name, version] of Object.entries(NODE_VERSIONS)) {
  try {
    const binary = await nodeBinary(version, { repoRoot: path.join(here, '..'), env: process.env, timeoutMs: 120_000 })
    if (binary) runtimes[name] = [binary, []]
  } catch (error) {
    console.log(`${name}: not benchmarked (${String(error.message ?? error).split('\n')[0]})`)
  }
}
runtimes.deno = [bin('deno'), ['run', '--allow-read', '--allow-env']]
runtimes.bun = [bin('bun'), []]
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const throughput = {}
// Both stubs answer with a stream body (see throughput.mjs): with a Content-Length, and chunked.
const STUBS = { 'stream-length': 'stream with Content-Length', 'stream-chunked': 'stream, chunked' }
for (const stub of Object.keys(STUBS))
for (const [runtime, [command, args]] of Object.entries(runtimes)) {
  let runs
  const key = `${runtime}, ${STUBS[stub]}`
  try {
    const out = execFileSync(command, [...args, path.join(here, 'throughput.mjs'), rounds, '300', stub], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    runs = JSON.parse(out.trim().split('\n').pop())
  } catch (error) {
    throughput[key] = { error: String(error.message ?? error).split('\n')[0] }
    continue
  }
  const version = execFileSync(command, ['--version'], { encoding: 'utf8' }).trim().split(/\s\(|\n/)[0]
  const ratio = (name) => +median(runs[name].map((x, i) => x / runs.raw[i])).toFixed(3)
  throughput[key] = {
    version,
    callsPerCpuSecond: Object.fromEntries(Object.entries(runs).map(([k, xs]) => [k, Math.round(median(xs))])),
    vsRawFetch: { ours: ratio('ours'), official: ratio('official') },
  }
}
console.log(`\nPer-call throughput with a stub fetch answering with a stream body, ratio to raw fetch + json() (calls per CPU second; medians of ${rounds} alternating rounds, one process per runtime):`)
console.table(
  Object.fromEntries(
    Object.entries(throughput).map(([k, v]) => [
      k,
      v.error ? { error: v.error } : { version: v.version, 'raw calls/CPU s': v.callsPerCpuSecond.raw, 'affiliate-fetch listPrograms': v.vsRawFetch.ours, 'official programs.list': v.vsRawFetch.official },
    ]),
  ),
)

// The contract's targets (section 10), met or missed in this run.
const official = sizes['official agentref SDK, one call']?.gzip
const targets = {
  'createAgentRef + listPrograms, gzip B': { measured: sizes['listPrograms alone']?.gzip, target: '≤ 3200', met: sizes['listPrograms alone']?.gzip <= 3200 },
  'merchant set, gzip B': { measured: sizes['merchant set']?.gzip, target: `≤ ${official} (official SDK)`, met: sizes['merchant set']?.gzip <= official },
}
for (const [runtime, v] of Object.entries(throughput)) {
  if (v.error) continue
  targets[`${runtime}: ratio to raw`] = { measured: v.vsRawFetch.ours, target: `> ${v.vsRawFetch.official} (official SDK)`, met: v.vsRawFetch.ours > v.vsRawFetch.official }
}
for (const [runtime, v] of Object.entries(throughput)) {
  if (runtime.startsWith('node') && v.vsRawFetch) targets[`${runtime}: ratio to raw (floor)`] = { measured: v.vsRawFetch.ours, target: '≥ 0.85', met: v.vsRawFetch.ours >= 0.85 }
}
console.log('\nContract targets (section 10; per-call CPU on both stream bodies), this run:')
console.table(targets)

const results = { date: new Date().toISOString(), node: process.version, load: (await import('node:os')).loadavg(), sizes, groups, tarball, throughput, targets }

// A full export of the sandbox's AgentRef conversions at 10,000 and 100,000 items (a page should
// cost what it holds): bench/sandbox-pages.mjs prints its own table, one child process per size.
execFileSync(process.execPath, [path.join(here, 'sandbox-pages.mjs')], { stdio: 'inherit' })

// The same export from the command line, `--all --format ndjson`, against a plain paginate loop in
// a script, each its own process over HTTP: items/s and peak RSS (bench/cli-export.mjs).
execFileSync(process.execPath, [path.join(here, 'cli-export.mjs')], { stdio: 'inherit' })

// Every figure in one untracked file (.gitignore), so a bench run never dirties the checkout; the
// two exports wrote theirs beside it.
for (const name of ['sandbox-pages', 'cli-export']) results[name] = JSON.parse(readFileSync(path.join(here, 'results', `${name}.json`), 'utf8'))
writeFileSync(path.join(here, 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log('\nwritten: bench/results/latest.json, with both exports (not tracked; npm run bench:publish puts it in the docs)')
