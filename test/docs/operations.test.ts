// docs/operations.md is generated from the source (npm run docs); this fails when it is stale,
// and when an exported operation is missing from it.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
// @ts-expect-error: a plain .mjs script without declarations
import { OUTPUT, WIRE_OUTPUT, renderOperations, renderWire } from '../../scripts/operations.mjs'
import { toolInputs } from '../../src/tools/generated/inputs.js'
import { toolWire } from '../../src/tools/generated/wire.js'
import * as agentclick from '../../src/agentclick/index.js'
import * as agentref from '../../src/agentref/index.js'
import * as agentries from '../../src/agentries/index.js'

/** Exported functions that are not operations of the API reference. */
const NOT_OPERATIONS = new Set(['createAgentRef', 'createAgentClick', 'createAgentries', 'paginate', 'verifyWebhook', 'verifyWebhookRequest', 'callAction', 'getAuthToken', 'isAffiliateError', 'retry', 'isRetryable', 'canonicalJson', 'withResponse', 'readRateLimit', 'debugLog', 'pace'])

test('docs/operations.md is what `npm run docs` generates from the source', () => {
  const fresh: string = renderOperations()
  expect(readFileSync(OUTPUT as string, 'utf8'), 'docs/operations.md is stale: run `npm run docs`').toBe(fresh)
})

test('src/tools/generated/wire.ts is what `npm run docs` generates, with one entry per tool', () => {
  expect(readFileSync(WIRE_OUTPUT as string, 'utf8'), 'src/tools/generated/wire.ts is stale: run `npm run docs`').toBe(renderWire())
  expect(Object.keys(toolWire).sort()).toEqual(Object.keys(toolInputs).sort())
  for (const wire of Object.values(toolWire)) expect(Boolean(wire.path) !== Boolean(wire.action)).toBe(true)
})

test.each([
  ['AgentRef', agentref, 86],
  ['AgentClick', agentclick, 24],
  ['Agentries', agentries, 6],
] as const)('every %s operation is in the reference, with its result and description', (title, module, count) => {
  const section = (renderOperations() as string).split(/^## /m).find((s) => s.startsWith(title))!
  const rows = section.split('\n').filter((line) => line.startsWith('| `'))
  const documented = rows.map((row) => row.split('`')[1])
  const exported = Object.entries(module)
    .filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name) && !NOT_OPERATIONS.has(name))
    .map(([name]) => name)
  expect(documented.sort()).toEqual(exported.sort())
  expect(rows).toHaveLength(count)
  for (const row of rows) expect(row.split(' | ').every((cell) => cell.trim() !== '')).toBe(true)
})
