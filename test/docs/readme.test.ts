// The code of the README and of every docs/ page, run as written against the sandbox, so that
// no page can go stale. How blocks are chosen and run: ./code-blocks.ts.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { createAgentClick, listPartnerships } from '../../src/agentclick/index.js'
import { createAgentRef, getAffiliate, getApplication, getProgram } from '../../src/agentref/index.js'
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js'
import { repoRoot } from '../helpers/built.js'
import { DOC_PAGES, markdownBlocks, testBlocks } from './code-blocks.js'

const texts = new Map(DOC_PAGES.map((page) => [page, readFileSync(path.join(repoRoot, page), 'utf8')]))
const readme = texts.get('README.md')!
const blocks = DOC_PAGES.flatMap((page) => markdownBlocks(texts.get(page)!, page))
const scratch = path.join(repoRoot, '.tmp', 'doc-blocks')

let sandbox: Sandbox | undefined
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})

test('the seeded ids, demo keys and tracking codes the pages name exist in a fresh sandbox', async () => {
  sandbox = await startSandbox()
  const all = [...texts.values()].join('\n')
  const merchant = createAgentRef({ apiKey: sandbox.keys.agentref.merchant, baseUrl: sandbox.agentrefUrl })
  const ids = (prefix: string) => [...new Set(all.match(new RegExp(`\\b${prefix}_[0-9a-f]{12}\\b`, 'g')) ?? [])]
  expect(ids('prg').length).toBeGreaterThanOrEqual(4)
  for (const id of ids('prg')) expect((await getProgram(merchant, id)).id).toBe(id)
  for (const id of ids('aff')) expect((await getAffiliate(merchant, id)).id).toBe(id)
  for (const id of ids('app')) expect((await getApplication(merchant, id)).id).toBe(id)
  const keys = [...Object.values(sandbox.keys.agentref), ...Object.values(sandbox.keys.agentclick), sandbox.keys.agentries.did, sandbox.keys.agentries.privateKey]
  for (const key of keys) expect(all).toContain(`\`${key}\``)
  const agent = createAgentClick({ apiKey: sandbox.keys.agentclick.agent, baseUrl: sandbox.agentclickUrl })
  const codes = new Set((await listPartnerships(agent)).partnerships.map((p) => p.tracking_code))
  const named = all.match(/`[0-9a-f]{32}`/g) ?? []
  expect(named.length).toBeGreaterThan(0)
  for (const code of named) expect(codes.has(code.slice(1, -1))).toBe(true)
})

test('the README has a runnable quickstart per runtime', () => {
  expect(markdownBlocks(readme, 'README.md').length).toBeGreaterThanOrEqual(5)
})

testBlocks(blocks, scratch)
