// The completion scripts: bash runs its own (zsh loads the same function through bashcompinit;
// fish gets the same table as `complete` lines). Neither zsh nor fish is on the CI image.
import { spawnSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import { commands } from '../../src/cli/command-table.js'
import { completion } from '../../src/cli/completion.js'

/** What bash completes for a command line ending in `current`, with the script loaded. */
function bashComplete(words: string[]): string[] {
  const script = `${completion('bash')}
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}
_affiliate_fetch
printf '%s\\n' "\${COMPREPLY[@]}"`
  const run = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { encoding: 'utf8' })
  expect(run.stderr).toBe('')
  return run.stdout.split('\n').filter(Boolean)
}

describe('completion', () => {
  test('bash completes providers, commands, flags and schema arguments', () => {
    expect(bashComplete(['affiliate-fetch', 'agent'])).toEqual(['agentref', 'agentclick', 'agentries'])
    expect(bashComplete(['affiliate-fetch', 'agentref', 'create-pay'])).toEqual(['create-payout'])
    expect(bashComplete(['affiliate-fetch', 'agentclick', 'call'])).toEqual(['call-action'])
    expect(bashComplete(['affiliate-fetch', 'agentref', 'create-payout', '--met'])).toEqual(['--method'])
    expect(bashComplete(['affiliate-fetch', '--sandbox', 'agentref', 'list-conversions', '--start'])).toEqual(['--start-date'])
    expect(bashComplete(['affiliate-fetch', 'schema', 'agentries', 'create-ref'])).toEqual(['create-referral-code'])
    expect(bashComplete(['affiliate-fetch', 'completion', 'f'])).toEqual(['fish'])
  })

  test('every command and flag is in each script', () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const text = completion(shell)
      for (const c of commands) {
        expect(text, `${shell}: ${c.name}`).toContain(c.name)
        for (const flag of c.flags.keys()) expect(text, `${shell}: ${c.name} --${flag}`).toContain(`${shell === 'fish' ? '-l ' : '--'}${flag}`)
      }
    }
  })
})
