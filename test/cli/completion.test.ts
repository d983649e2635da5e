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

  test('bash: cassette verify, and --record takes a file (the word after it is not the provider)', () => {
    expect(bashComplete(['affiliate-fetch', 'cass'])).toEqual(['cassette'])
    expect(bashComplete(['affiliate-fetch', 'cassette', 'v'])).toEqual(['verify'])
    expect(bashComplete(['affiliate-fetch', 'cassette', 'verify', '--j'])).toEqual(['--json'])
    expect(bashComplete(['affiliate-fetch', '--rec'])).toEqual(['--record'])
    expect(bashComplete(['affiliate-fetch', '--record', 'session.har', 'agentref', 'create-pay'])).toEqual(['create-payout'])
    expect(bashComplete(['affiliate-fetch', '--format', 'nd'])).toEqual(['ndjson'])
    expect(bashComplete(['affiliate-fetch', '--format', 'csv', 'agentref', 'get-program', '--rec'])).toEqual(['--record'])
    // A file name after --record, and after cassette verify.
    expect(bashComplete(['affiliate-fetch', '--record', 'package.js'])).toEqual(['package.json'])
    expect(bashComplete(['affiliate-fetch', 'cassette', 'verify', 'package.js'])).toEqual(['package.json'])
    expect(completion('fish')).toContain("-a 'verify'")
    expect(completion('fish')).toMatch(/-l record -r -F /)
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
