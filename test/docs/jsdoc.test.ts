// What JSR and an editor's hover show: `deno doc --lint` over every entry of jsr.json reports no
// error (every exported symbol and every property of an exported type documented; no public type
// referring to one the entry does not export), and every entry opens with a module doc.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
// @ts-expect-error: a plain .mjs script without declarations
import { docCoverage } from '../../scripts/doc-coverage.mjs'
import { denoBin as deno, repoRoot } from '../helpers/built.js'

const jsrExports = JSON.parse(readFileSync(path.join(repoRoot, 'jsr.json'), 'utf8')).exports as Record<string, string>
const entries = Object.values(jsrExports)

test('deno doc --lint reports no error over every JSR entry', () => {
  const run = spawnSync(deno, ['doc', '--lint', ...entries], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  const errors = [...(run.stdout + run.stderr).matchAll(/^error\[([\w-]+)\]: (.*)\n\s*--> (.*)$/gm)].map(([, kind, message, at]) => `${kind}: ${message} at ${at!.replace(repoRoot, '.')}`)
  expect(errors).toEqual([])
  expect(run.status, run.stderr).toBe(0)
}, 60_000)

test('the linter is real: it reports an undocumented export', () => {
  const dir = path.join(repoRoot, '.tmp')
  mkdirSync(dir, { recursive: true })
  const probe = path.join(dir, 'undocumented-probe.ts')
  writeFileSync(probe, 'export const undocumented = 1\n')
  const run = spawnSync(deno, ['doc', '--lint', probe], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  expect(run.status).not.toBe(0)
  expect(run.stdout + run.stderr).toContain('missing-jsdoc')
})

test('every entry has a module doc, and every exported symbol a doc comment', () => {
  const { entries: rows } = docCoverage() as { entries: { entry: string; symbols: number; documented: number; moduleDoc: boolean }[] }
  expect(rows.map((r) => r.entry).sort()).toEqual(Object.keys(jsrExports).sort())
  for (const row of rows) {
    expect(row.moduleDoc, `${row.entry} has no @module doc`).toBe(true)
    expect(row.documented, `${row.entry}: ${row.symbols - row.documented} exported symbols without a doc comment`).toBe(row.symbols)
  }
}, 60_000)
