// The `@example` and `@module` code in the JSDoc of src/ (what an editor's hover and JSR show), run
// as written against the sandbox like the README's blocks (./code-blocks.ts), and type-checked.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { repoRoot } from '../helpers/built.js'
import { jsdocBlocks, testBlocks } from './code-blocks.js'

const sources = (readdirSync(path.join(repoRoot, 'src'), { recursive: true }) as string[])
  .filter((file) => file.endsWith('.ts'))
  .map((file) => `src/${file.split(path.sep).join('/')}`)
  .sort()
const blocks = sources.flatMap((file) => jsdocBlocks(readFileSync(path.join(repoRoot, file), 'utf8'), file))
const scratch = path.join(repoRoot, '.tmp', 'jsdoc-blocks')

/** The functions people start with, and the entries: each shows runnable code where it is declared. */
const STARTERS: Record<string, string[]> = {
  'src/index.ts': ['@module'],
  'src/agentref/index.ts': ['@module'],
  'src/agentclick/index.ts': ['@module'],
  'src/agentries/index.ts': ['@module'],
  'src/sandbox/index.ts': ['@module'],
  'src/tools/index.ts': ['@module'],
  'src/cassette/index.ts': ['@module'],
  'src/agentref/programs.ts': ['listPrograms'],
  'src/agentref/payouts.ts': ['createPayout'],
  'src/agentref/paginate.ts': ['paginate'],
  'src/agentref/webhooks.ts': ['verifyWebhookRequest'],
  'src/agentclick/publisher.ts': ['searchPrograms'],
  'src/agentclick/agent.ts': ['trackClick', 'recordConversion'],
  'src/agentclick/paginate.ts': ['paginate'],
  'src/agentries/referrals.ts': ['createReferralCode'],
  'src/sandbox/create.ts': ['createSandbox'],
  'src/tools/runner/create-tool-runner.ts': ['createToolRunner'],
}

test('the entries and the functions people start with carry a runnable example', () => {
  const missing: string[] = []
  for (const [file, names] of Object.entries(STARTERS)) {
    const code = readFileSync(path.join(repoRoot, file), 'utf8')
    const own = jsdocBlocks(code, file)
    for (const name of names) {
      // The doc comment right before the declaration (or the file's first comment, for @module).
      const comment =
        name === '@module'
          ? /^\/\*\*[\s\S]*?@module[\s\S]*?\*\//.exec(code)
          : new RegExp(`/\\*\\*((?!\\*/)[\\s\\S])*\\*/\\s*export (const|(async )?function\\*?) ${name}\\b`).exec(code)
      const start = comment ? code.slice(0, comment.index).split('\n').length : -1
      const end = comment ? start + comment[0].split('\n').length : -1
      if (!own.some((block) => block.line >= start && block.line <= end)) missing.push(`${file} ${name}`)
    }
  }
  expect(missing).toEqual([])
})

testBlocks(blocks, scratch)
