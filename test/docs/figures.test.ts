// docs/size-and-speed.md's figures are generated (npm run docs, npm run bench:publish): the budgets
// from bench/budgets.mjs, the measured tables from the published run in bench/published.json.
// This fails when the page is stale, or when the published run lacks a bundle the budgets name.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
// @ts-expect-error: a plain .mjs module
import { BUDGETS } from '../../bench/budgets.mjs'
// @ts-expect-error: a plain .mjs script without declarations
import { PAGE, PUBLISHED, renderBudgets, renderFigures } from '../../scripts/figures.mjs'

test('docs/size-and-speed.md is what `npm run docs` generates', () => {
  expect(readFileSync(PAGE as string, 'utf8'), 'docs/size-and-speed.md is stale: run `npm run docs`').toBe(renderFigures())
})

test('the budget table names every budget the size test enforces', () => {
  const table = renderBudgets() as string
  for (const [name, budget] of Object.entries(BUDGETS as Record<string, number>)) {
    const row = table.split('\n').find((line) => line.startsWith(`| ${name} | `))
    expect(row, name).toMatch(new RegExp(`\\| ${budget.toLocaleString('en-US')} B \\|$`))
  }
})

test('the published run measured every budgeted bundle, every runtime and the contract targets', () => {
  const run = JSON.parse(readFileSync(PUBLISHED as string, 'utf8'))
  for (const name of Object.keys(BUDGETS as Record<string, number>)) expect(run.sizes[name]?.gzip, name).toBeGreaterThan(500)
  for (const runtime of ['node', 'deno', 'bun']) expect(Object.keys(run.throughput).some((k) => k.startsWith(`${runtime},`)), runtime).toBe(true)
  expect(Object.keys(run.targets).length).toBeGreaterThanOrEqual(4)
})
