#!/usr/bin/env node
// The lists of tools, generated from `tools`: every tool with its access and description in
// docs/tools.md, and every tool by access class in the README (the contract asks the README to
// list them). `npm run generate:readme` rewrites both between their markers (from the built
// package); test/tools/readme.test.ts fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { markers, withSection } from './doc-sections.mjs'

export const [START, END] = markers('tool-table', 'npm run generate:readme')
export const [BY_ACCESS_START, BY_ACCESS_END] = markers('tools-by-access', 'npm run generate:readme')
const ACCESS = ['read', 'write', 'money', 'destructive']
const TITLES = { agentref: 'AgentRef', agentclick: 'AgentClick', agentries: 'Agentries' }

/** Markdown: per provider, one row per tool with its access class. */
export function toolTable(tools) {
  const parts = []
  for (const [provider, title] of Object.entries(TITLES)) {
    const mine = tools.filter((t) => t.provider === provider)
    const count = (access) => mine.filter((t) => t.access === access).length
    parts.push(`**${title}** (${mine.length}: ${ACCESS.map((a) => `${count(a)} ${a}`).join(', ')})`, '', '| tool | access | what it does |', '|---|---|---|')
    for (const t of mine) parts.push(`| \`${t.name}\` | ${t.access} | ${t.description.replace(/\|/g, '\\|')} |`)
    parts.push('')
  }
  return parts.join('\n').trimEnd()
}

/** Markdown: one row per access class, its tools' names per provider. */
export function toolsByAccess(tools) {
  const rows = ['| access | AgentRef | AgentClick | Agentries |', '|---|---|---|---|']
  for (const access of ACCESS) {
    const cells = Object.keys(TITLES).map((provider) =>
      tools
        .filter((t) => t.provider === provider && t.access === access)
        .map((t) => `\`${t.name.slice(provider.length + 1)}\``)
        .join(', ') || 'none',
    )
    rows.push(`| ${access} | ${cells.join(' | ')} |`)
  }
  return rows.join('\n')
}

/** docs/tools.md with its table replaced. */
export const withTable = (page, tools) => withSection(page, [START, END], toolTable(tools), 'docs/tools.md')

/** The README with its list by access class replaced. */
export const withByAccess = (readme, tools) => withSection(readme, [BY_ACCESS_START, BY_ACCESS_END], toolsByAccess(tools), 'README.md')

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const { tools } = await import(path.join(root, 'dist/tools/index.js'))
  const page = path.join(root, 'docs', 'tools.md')
  writeFileSync(page, withTable(readFileSync(page, 'utf8'), tools))
  const readme = path.join(root, 'README.md')
  writeFileSync(readme, withByAccess(readFileSync(readme, 'utf8'), tools))
  console.log('docs/tools.md and README.md: tool lists updated')
}
