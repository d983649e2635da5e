// docs/guarantees.md's ledger is generated from the property tests (npm run docs); this fails when
// it is stale, and when a file that runs a property is missing from it.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
// @ts-expect-error: a plain .mjs script without declarations
import { PAGE, PROPERTY_CALL, renderGuarantees, renderLedger } from '../../scripts/guarantees.mjs'
import { repoRoot } from '../helpers/built.js'

test('docs/guarantees.md is what `npm run docs` generates from the tests', () => {
  expect(readFileSync(PAGE as string, 'utf8'), 'docs/guarantees.md is stale: run `npm run docs`').toBe(renderGuarantees())
})

test('every test file that runs a property has a row, with a promise and its case count', () => {
  const files = (readdirSync(path.join(repoRoot, 'test'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.test.ts') && (PROPERTY_CALL as RegExp).test(readFileSync(path.join(repoRoot, 'test', f), 'utf8')))
    .map((f) => path.basename(f))
  const rows = (renderLedger() as string).split('\n').slice(2)
  expect(files.length).toBeGreaterThanOrEqual(10)
  for (const file of files) {
    const row = rows.find((r) => r.includes(`[\`${file}\`]`))
    expect(row, file).toBeDefined()
    const [, promise, , cases] = row!.split(/ \| |^\| | \|$/)
    expect(promise!.length, file).toBeGreaterThan(40)
    expect(cases, file).toMatch(/^\d[\d,]*( each)?( \+ \d[\d,]*( each)?)*$/)
  }
})
