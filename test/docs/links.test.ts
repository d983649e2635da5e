// Every relative link of the README and the docs/ pages resolves: the file exists, and an anchor
// names a heading of that file (GitHub's slugs: lower case, punctuation dropped, spaces to `-`).
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { repoRoot } from '../helpers/built.js'
import { DOC_PAGES } from './code-blocks.js'


/** The text outside fenced code blocks, where links are links. */
const prose = (markdown: string) => markdown.replace(/^```[\s\S]*?^```$/gm, '')

/** GitHub's anchor for a heading. */
export const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')

function anchors(file: string): Set<string> {
  const seen = new Map<string, number>()
  const out = new Set<string>()
  for (const [, heading] of prose(readFileSync(file, 'utf8')).matchAll(/^#{1,6} (.+)$/gm)) {
    const base = slug(heading!)
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    out.add(n === 0 ? base : `${base}-${n}`)
  }
  return out
}

test('the slug rule matches GitHub on the headings we use', () => {
  expect(slug('Typed results (`outputSchema`)')).toBe('typed-results-outputschema')
  expect(slug('Observing calls (hooks)')).toBe('observing-calls-hooks')
  expect(slug('Sandbox, demo and examples')).toBe('sandbox-demo-and-examples')
})

test.each(DOC_PAGES)('every relative link in %s resolves', (page) => {
  const text = prose(readFileSync(path.join(repoRoot, page), 'utf8'))
  const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/i.test(l))
  const broken: string[] = []
  for (const link of links) {
    const [target, anchor] = link.split('#') as [string, string | undefined]
    const file = target === '' ? path.join(repoRoot, page) : path.resolve(path.dirname(path.join(repoRoot, page)), target)
    if (!existsSync(file)) broken.push(`${link}: no such file`)
    else if (anchor !== undefined && (statSync(file).isDirectory() || !file.endsWith('.md') || !anchors(file).has(anchor))) broken.push(`${link}: no such heading`)
  }
  expect(broken).toEqual([])
})
