// docs/cli.md: every `affiliate-fetch --sandbox …` line of its shell blocks runs and exits 0, and
// the flags and commands the page names exist.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { commands } from '../../src/cli/command-table.js'
import { GLOBAL_FLAGS } from '../../src/cli/global-flags.js'
import { runCli } from '../../src/cli/run.js'
import { memoryIo } from '../cli/memory-io.js'

const page = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8')
const shellLines = [...page.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n')).map((l) => l.replace(/\s+#.*$/, '').trim())
const runnable = shellLines.filter((l) => l.startsWith('affiliate-fetch --sandbox '))

describe('docs/cli.md', () => {
  test.each(runnable)('%s', async (line) => {
    const io = memoryIo({})
    const code = await runCli(line.split(/\s+/).slice(1), io)
    expect(code, io.err()).toBe(0)
    expect(io.out()).not.toBe('')
  })

  test('has runnable examples, and names only real flags and commands', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(6)
    const flags = new Set([...Object.keys(GLOBAL_FLAGS), ...commands.flatMap((c) => [...c.flags.keys()].flatMap((f) => [f, `no-${f}`])), 'name', 'no-name'])
    for (const [, flag] of page.matchAll(/`--([a-z][a-z-]*)/g)) expect(flags.has(flag!), `--${flag}`).toBe(true)
    const names = new Set(commands.map((c) => `${c.provider} ${c.name}`).concat('agentclick call-action'))
    for (const [, provider, name] of page.matchAll(/`(?:affiliate-fetch )?(agentref|agentclick|agentries) ([a-z][a-z-]*)/g)) expect(names.has(`${provider} ${name}`), `${provider} ${name}`).toBe(true)
  })
})
