// The lists of tools are generated from `tools` (run `npm run generate:readme`); this fails when
// either is stale: every tool with its access and description in docs/tools.md, and every tool by
// access class in the README (the contract asks the README to list every tool with its access).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
// @ts-expect-error: a plain .mjs script
import { BY_ACCESS_END, BY_ACCESS_START, END, START, toolTable, toolsByAccess, withByAccess, withTable } from '../../scripts/tool-table.mjs'
import { tools } from '../../src/tools/index.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..')
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
const page = readFileSync(path.join(root, 'docs', 'tools.md'), 'utf8')

test('docs/tools.md lists every tool with its access and description, as generated', () => {
  expect(page).toContain(START)
  expect(page).toContain(END)
  expect(withTable(page, tools)).toBe(page)
  const table = toolTable(tools) as string
  for (const t of tools) expect(table).toContain(`| \`${t.name}\` | ${t.access} | `)
  expect(table.match(/^\| `/gm)?.length).toBe(116)
})

test('the README lists every tool by access class, as generated', () => {
  expect(readme).toContain(BY_ACCESS_START)
  expect(readme).toContain(BY_ACCESS_END)
  expect(withByAccess(readme, tools)).toBe(readme)
  const rows = (toolsByAccess(tools) as string).split('\n').slice(2)
  for (const t of tools) {
    const row = rows.find((r) => r.startsWith(`| ${t.access} |`))!
    const cell = row.split(' | ')[1 + ['agentref', 'agentclick', 'agentries'].indexOf(t.provider)]!
    expect(cell.split(', ').map((n) => n.replace(/[`| ]/g, ''))).toContain(t.name.slice(t.provider.length + 1))
  }
})
