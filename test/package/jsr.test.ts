// jsr.json publishes the TypeScript source to JSR: its exports mirror the npm package's
// runtime-neutral subpaths (each `./dist/x/index.js` of package.json is `./src/x/index.ts` here),
// at the same version, under the name the README gives. Deno runs the published files in the
// runtime matrix (runtime-tests/jsr); CI runs `deno publish --dry-run`.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'

const repo = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => JSON.parse(readFileSync(path.join(repo, file), 'utf8'))
const jsr = read('jsr.json') as { name: string; version: string; exports: Record<string, string>; publish: { include: string[] } }
const pkg = read('package.json') as { version: string; exports: Record<string, { import: string }> }

/** npm subpaths not on JSR yet, and why. */
const NPM_ONLY: Record<string, string> = {
  './mcp': 'its peer @modelcontextprotocol/sdk does not type-check under deno publish',
  './package.json': 'npm metadata',
}

test('exports mirror every runtime-neutral npm subpath, on the TypeScript source', () => {
  const expected = Object.fromEntries(
    Object.entries(pkg.exports)
      .filter(([subpath]) => !(subpath in NPM_ONLY))
      .map(([subpath, target]) => [subpath, target.import.replace(/^\.\/dist\//, './src/').replace(/\.js$/, '.ts')]),
  )
  expect(jsr.exports).toEqual(expected)
  expect(Object.keys(jsr.exports)).toEqual(['.', './agentref', './agentclick', './agentries', './sandbox', './tools', './cassette'])
  for (const file of Object.values(jsr.exports)) {
    expect(existsSync(path.join(repo, file)), file).toBe(true)
    expect(jsr.publish.include.some((included) => file === `./${included}` || file.startsWith(`./${included}/`)), file).toBe(true)
  }
})

test('same version as npm, and the README installs it by this name', () => {
  expect(jsr.version).toBe(pkg.version)
  expect(jsr.name).toMatch(/^@[a-z0-9-]{2,20}\/[a-z0-9-]+$/)
  expect(readFileSync(path.join(repo, 'README.md'), 'utf8')).toContain(`deno add jsr:${jsr.name}`)
})
