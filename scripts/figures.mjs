#!/usr/bin/env node
// Generates the figures of docs/size-and-speed.md, so that no figure there is copied by hand:
//   - the bundle budgets the size test enforces, from bench/budgets.mjs and bench/sizes.mjs;
//   - the figures of the published benchmark run, from bench/published.json (a run of
//     `npm run bench`, copied there by `npm run bench:publish`, which also rewrites the page).
// `npm run docs` rewrites both sections; test/docs/figures.test.ts fails when either is stale.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BUDGETS, MERCHANT_VS_OFFICIAL } from '../bench/budgets.mjs'
import { bundleCases } from '../bench/sizes.mjs'
import { markers, withSection } from './doc-sections.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const PAGE = path.join(root, 'docs', 'size-and-speed.md')
export const PUBLISHED = path.join(root, 'bench', 'published.json')
const LATEST = path.join(root, 'bench', 'results', 'latest.json')
const BUDGET_MARKERS = markers('size-budgets', 'npm run docs')
const BENCH_MARKERS = markers('bench-figures', 'npm run bench:publish')

const n = (x) => (typeof x === 'number' ? x.toLocaleString('en-US') : '–')
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')

/** What a bundle case imports, in a user's words: `{ createAgentRef, listPrograms }` from `affiliate-fetch/agentref`. */
function imports(source) {
  const from = (spec) => `affiliate-fetch/${spec.replace(/\\/g, '/').split('/').slice(-2, -1)[0]}`
  const named = /import \{ ([^}]+) \} from "([^"]+)"/.exec(source)
  if (named) return `\`${named[1].trim()}\` from \`${from(named[2])}\``
  const all = /import \* as all from "([^"]+)"/.exec(source)
  if (all) return `everything in \`${from(all[1])}\``
  return 'the official `agentref` SDK, one call'
}

/** The budgets the size test enforces. */
export function renderBudgets() {
  const cases = bundleCases('src')
  const rows = Object.entries(BUDGETS).map(([name, budget]) => [name, imports(cases[name]), `${n(budget)} B`])
  rows.push(['merchant set', imports(cases['merchant set']), `${MERCHANT_VS_OFFICIAL} × the official SDK's bundle, built in the same run`])
  return table(['bundle', 'what it imports', 'budget (gzip)'], rows)
}

/** The figures of the published benchmark run. */
export function renderBench(run) {
  const out = []
  out.push(
    `Run of ${run.date.replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC')} on Node ${run.node.replace(/^v/, '')} (load average ${run.load.map((l) => l.toFixed(2)).join(', ')}).`,
    '',
    // Not beside the budgets: those hold for builds from the sources, and the package's entries share chunks, which gzip differently.
    '**Bundles** (esbuild, minified, gzip -9), from the built package as users install it:',
    '',
    table(['bundle', 'minified', 'gzip'], Object.entries(run.sizes).map(([name, s]) => [name, s.error ? s.error : `${n(s.minified)} B`, s.error ? '' : `${n(s.gzip)} B`])),
    '',
    `**Where the bytes of \`createAgentRef\` + \`listPrograms\` go** (built from the sources, where each module is its own file; minified bytes per part, exact; gzip in proportion):`,
    '',
    table(['part', 'minified', 'gzip (share)'], Object.entries(run.groups['listPrograms alone']).map(([part, s]) => [part, `${n(s.minified)} B`, `${n(s.gzip)} B`])),
    '',
    `**Tarball**: ${run.tarball.files} files, ${(run.tarball.packed / 1000).toFixed(1)} kB packed, ${(run.tarball.unpacked / 1000).toFixed(1)} kB unpacked.`,
    '',
    '**Per call**, with a stub `fetch` answering with a stream body: calls per CPU second as a ratio to raw `fetch` + `json()` (higher is cheaper; medians of the ratios within alternating rounds, one process per runtime):',
    '',
    table(
      ['runtime, body', 'version', 'raw calls / CPU s', 'affiliate-fetch `listPrograms`', 'official `programs.list()`'],
      Object.entries(run.throughput).map(([key, t]) => (t.error ? [key, t.error, '', '', ''] : [key, t.version, n(t.callsPerCpuSecond.raw), t.vsRawFetch.ours.toFixed(2), t.vsRawFetch.official.toFixed(2)])),
    ),
    '',
    '**The contract\'s targets** (section 10), in this run:',
    '',
    table(['target', 'measured', 'wanted', 'met'], Object.entries(run.targets).map(([name, t]) => [name, String(t.measured), t.target, t.met ? 'yes' : '**no**'])),
  )
  const pages = run['sandbox-pages']
  if (pages) {
    out.push(
      '',
      `**A sandbox page costs what it holds**: \`paginate(listConversions, { pageSize: 100 })\` through \`createSandbox().fetch\` (median of ${pages.rounds} whole exports, one process per size):`,
      '',
      table(['conversions', 'items/s', 'peak RSS'], pages.results.map((r) => [n(r.n), n(r.itemsPerSecond), `${r.peakRssMB} MB`])),
    )
  }
  const cli = run['cli-export']
  if (cli) {
    out.push(
      '',
      '**A full export from the command line** (`agentref list-conversions --all --format ndjson`) against a plain `paginate` loop writing the same lines, each its own Node process over HTTP to the sandbox (better of two alternating runs; peak RSS is VmHWM):',
      '',
      table(
        ['conversions', 'command line, items/s', 'loop, items/s', 'ratio', 'peak RSS, command line / loop'],
        Object.entries(cli).map(([size, r]) => [n(Number(size)), n(r.cli.itemsPerSecond), n(r.loop.itemsPerSecond), (r.cli.itemsPerSecond / r.loop.itemsPerSecond).toFixed(2), `${r.cli.peakRssMB} / ${r.loop.peakRssMB} MB`]),
      ),
    )
  }
  return out.join('\n')
}

/** docs/size-and-speed.md with both sections regenerated. */
export function renderFigures() {
  const run = JSON.parse(readFileSync(PUBLISHED, 'utf8'))
  const page = withSection(readFileSync(PAGE, 'utf8'), BUDGET_MARKERS, renderBudgets(), 'docs/size-and-speed.md')
  return withSection(page, BENCH_MARKERS, renderBench(run), 'docs/size-and-speed.md')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (process.argv.includes('--publish')) {
    copyFileSync(LATEST, PUBLISHED)
    console.log('bench/published.json: the run of bench/results/latest.json')
  }
  writeFileSync(PAGE, renderFigures())
  console.log('docs/size-and-speed.md: figures updated')
}
