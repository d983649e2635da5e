// The README's tool table is generated from `tools`; this fails when it is stale
// (run `npm run generate:readme`).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
// @ts-expect-error: a plain .mjs script
import { END, START, toolTable, withTable } from '../../scripts/tool-table.mjs'
import { tools } from '../../src/tools/index.js'

const readme = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../README.md'), 'utf8')

test('the README lists every tool with its access, as generated', () => {
  expect(readme).toContain(START)
  expect(readme).toContain(END)
  expect(withTable(readme, tools)).toBe(readme)
  const table = toolTable(tools) as string
  for (const t of tools) expect(table).toContain(`| \`${t.name}\` | ${t.access} |`)
  expect(table.match(/^\| `/gm)?.length).toBe(116)
})
