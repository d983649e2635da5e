#!/usr/bin/env node
// The documented share of each JSR entry, as JSR scores it: of the symbols an entry exports, how
// many carry a doc comment (JSR gives full marks from 80 %), and whether the entry has a module
// doc. Reads `deno doc --json` of every export of jsr.json.
//   node scripts/doc-coverage.mjs [--json]
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const deno = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'deno.cmd' : 'deno')

/** Per entry: `{ entry, symbols, documented, moduleDoc }`, and the totals over distinct symbols. */
export function docCoverage() {
  const { exports } = JSON.parse(readFileSync(path.join(root, 'jsr.json'), 'utf8'))
  const entries = []
  const all = new Map()
  for (const [entry, file] of Object.entries(exports)) {
    const out = execFileSync(deno, ['doc', '--json', file], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 })
    const [doc] = Object.values(JSON.parse(out).nodes)
    const symbols = doc.symbols.filter((s) => s.declarations.some((d) => d.declarationKind === 'export'))
    const isDocumented = (s) => s.declarations.some((d) => (d.jsDoc?.doc ?? '').trim() !== '' || (d.jsDoc?.tags ?? []).length > 0)
    for (const s of symbols) all.set(`${s.declarations[0].location.filename}#${s.name}`, isDocumented(s))
    entries.push({ entry, symbols: symbols.length, documented: symbols.filter(isDocumented).length, moduleDoc: Boolean(doc.module_doc?.doc?.trim()) })
  }
  const documented = [...all.values()].filter(Boolean).length
  return { entries, total: { symbols: all.size, documented } }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const coverage = docCoverage()
  if (process.argv.includes('--json')) console.log(JSON.stringify(coverage, null, 2))
  else {
    const pct = (a, b) => `${((100 * a) / b).toFixed(1)} %`
    console.table(Object.fromEntries(coverage.entries.map((e) => [e.entry, { symbols: e.symbols, documented: e.documented, share: pct(e.documented, e.symbols), 'module doc': e.moduleDoc }])))
    console.log(`distinct exported symbols: ${coverage.total.symbols}, documented: ${coverage.total.documented} (${pct(coverage.total.documented, coverage.total.symbols)})`)
  }
}
