// The codemod that makes src/ name its `.ts` files (scripts/ts-specifiers.mjs): what it rewrites,
// what it leaves alone, and that running it twice changes nothing.
import { expect, test } from 'vitest'
// @ts-expect-error: a plain .mjs script without declarations
import { codemodFiles, toTsSpecifiers } from '../../scripts/ts-specifiers.mjs'

const rewrite = toTsSpecifiers as (text: string) => string

test.each([
  [`import { a } from './a.js'`, `import { a } from './a.ts'`],
  [`import type { T } from '../core/types.js'`, `import type { T } from '../core/types.ts'`],
  [`export { b, type B } from "./b/index.js"`, `export { b, type B } from "./b/index.ts"`],
  [`export * from './c.js'`, `export * from './c.ts'`],
  [`import './side-effect.js'`, `import './side-effect.ts'`],
  [`const m = await import('../sandbox/index.js')`, `const m = await import('../sandbox/index.ts')`],
  [`import {\n  x,\n  y,\n} from '../../agentref/index.js'`, `import {\n  x,\n  y,\n} from '../../agentref/index.ts'`],
  ['} from \'../../${p.name}/index.js\'`', '} from \'../../${p.name}/index.ts\'`'],
])('rewrites %j', (before, after) => {
  expect(rewrite(before)).toBe(after)
  expect(rewrite(after)).toBe(after)
})

test.each([
  `import { Server } from '@modelcontextprotocol/sdk/server/index.js'`,
  `const { StdioServerTransport } = await import('@modelcontextprotocol/sdk/server/stdio.js')`,
  `import { createHash } from 'node:crypto'`,
  'const tag = `<script src="${origin}/js/${code}.js" async></script>`',
  `const file = './not-an-import.js'`,
  `import data from './data.json' with { type: 'json' }`,
])('leaves %j alone', (text) => {
  expect(rewrite(text)).toBe(text)
})

test('covers every TypeScript file of src/ and the generator that writes into src/', () => {
  const files = codemodFiles() as string[]
  expect(files).toContain('src/core/request.ts')
  expect(files).toContain('src/tools/generated/operations.ts')
  expect(files).toContain('scripts/generate-tool-inputs.mjs')
  expect(files.every((f) => f.startsWith('src/') || f === 'scripts/generate-tool-inputs.mjs')).toBe(true)
})
