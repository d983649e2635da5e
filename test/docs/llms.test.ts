// llms.txt and llms-full.txt are generated from the source (npm run docs), like docs/operations.md;
// this fails when they are stale, when a function of an entry point is missing from them, and
// when the tarball would not carry them.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
// @ts-expect-error: a plain .mjs script without declarations
import { collect, LLMS, LLMS_FULL, renderLlms, renderLlmsFull } from '../../scripts/llms.mjs'
import * as root from '../../src/index.js'
import * as agentref from '../../src/agentref/index.js'
import * as agentclick from '../../src/agentclick/index.js'
import * as agentries from '../../src/agentries/index.js'
import * as tools from '../../src/tools/index.js'
import * as mcp from '../../src/mcp/index.js'
import * as sandbox from '../../src/sandbox/index.js'

const repo = path.resolve(import.meta.dirname, '../..')
const entries = collect()
const llms: string = renderLlms(entries)
const full: string = renderLlmsFull(entries)

test('llms.txt and llms-full.txt are what `npm run docs` generates from the source', () => {
  expect(readFileSync(LLMS as string, 'utf8'), 'llms.txt is stale: run `npm run docs`').toBe(llms)
  expect(readFileSync(LLMS_FULL as string, 'utf8'), 'llms-full.txt is stale: run `npm run docs`').toBe(full)
})

test('both follow the llms.txt convention: a title, a one-paragraph summary, then sections', () => {
  for (const text of [llms, full]) {
    const [title, blank, summary] = text.split('\n')
    expect(title).toBe('# affiliate-fetch')
    expect(blank).toBe('')
    expect(summary).toMatch(/^> \S.*116 operations/)
    expect(text.match(/^## /gm)?.length).toBeGreaterThanOrEqual(3)
  }
  // Its links name files that the npm tarball carries.
  const files: string[] = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).files
  const links = [...llms.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1])
  expect(links).toEqual(expect.arrayContaining(['llms-full.txt', 'docs/operations.md', 'README.md']))
  // A `files` entry names a file, or a folder's files by extension (`docs/*.md`).
  const carried = (file: string) => files.some((entry) => entry === file || (entry.includes('*') && new RegExp(`^${entry.replace(/\./g, '\\.').replace('*', '[^/]+')}$`).test(file)))
  for (const link of links) expect(carried(link!), link).toBe(true)
  expect(carried('docs/not-a-page.txt')).toBe(false)
  expect(files).toContain('llms.txt')
})

/** The `### name` sections of one `## \`subpath\`` section of llms-full.txt, by name. */
function sections(subpath: string): Map<string, string> {
  const part = full.split(/^## /m).find((s) => s.startsWith(`\`${subpath}\`\n`))
  expect(part, subpath).toBeDefined()
  return new Map(part!.split(/^### /m).slice(1).map((s) => [s.split('\n')[0]!, s]))
}

test.each([
  ['affiliate-fetch', root],
  ['affiliate-fetch/agentref', agentref],
  ['affiliate-fetch/agentclick', agentclick],
  ['affiliate-fetch/agentries', agentries],
  ['affiliate-fetch/tools', tools],
  ['affiliate-fetch/mcp', mcp],
  ['affiliate-fetch/sandbox', sandbox],
] as const)('every function of %s has its signature, what it sends and an example', (subpath, module) => {
  const documented = new Map([...full.split(/^### /m).slice(1)].map((s) => [s.split('\n')[0]!, s]))
  const mine = sections(subpath)
  const functions = Object.entries(module).filter(([name, value]) => typeof value === 'function' && !/^[A-Z]/.test(name))
  expect(functions.length).toBeGreaterThan(0)
  for (const [name] of functions) {
    // A function re-exported from the core is described once, under `affiliate-fetch`.
    const section = mine.get(name) ?? (name in root ? documented.get(name) : undefined)
    expect(section, `${subpath}: ${name}`).toBeDefined()
    expect(section).toMatch(new RegExp(`^${name}\\n\\n\`${name}(<[^\\n]*>)?\\(`))
    expect(section).toMatch(/\n(Example: `[^`\n]+`)\n/)
    expect(section).toMatch(/Requests: |Retried: .+\. Safe twice: .+\. Result: `/)
  }
})

test('all 116 operations carry their wire, retry and idempotency facts, as docs/operations.md says', () => {
  const operations = readFileSync(path.join(repo, 'docs/operations.md'), 'utf8')
  let count = 0
  for (const part of operations.split(/^## /m).slice(1)) {
    const subpath = /\(`([^`]+)`/.exec(part)![1]!
    const mine = sections(subpath)
    for (const row of part.split('\n').filter((line) => line.startsWith('| `'))) {
      const [name, wire, retried, idempotent] = row.replace(/^\| /, '').split(' | ')
      const fn = name!.replaceAll('`', '')
      expect(mine.get(fn), `${subpath} ${fn}`).toContain(`${wire}. Retried: ${retried}. Safe twice: ${idempotent}.`)
      expect(mine.get(fn)).toMatch(new RegExp(`Example: \`(const \\w+ = )?await ${fn}\\((agentref|agentclick|agentries)[,)]`))
      count++
    }
  }
  expect(count).toBe(116)
})
