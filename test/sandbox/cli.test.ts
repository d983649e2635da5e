// The CLI as users start it, on Node, Deno and Bun: a real process, its printed URLs, its faults,
// a clean stop.
import { spawn } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import { SERVER_RUNTIMES, bundleCli, startCli } from './cli-process.js'

describe.each(SERVER_RUNTIMES)('affiliate-fetch-sandbox on %s', (runtime) => {
  test('--port 0 --faults … prints its URLs, injects the faults, stops on SIGTERM', async () => {
    const cli = await startCli(runtime, ['--port', '0', '--seed', '2', '--faults', 'GET /programs:503:1'])
    try {
      expect(cli.output()).toContain('ak_live_zibGbrpBsoYH34rT36s9WSLa')
      expect(cli.output()).toMatch(/did:web:agentries\.xyz:agent:[0-9a-f]{16}/)
      const get = () => fetch(`${cli.agentrefUrl}/programs`, { headers: { authorization: 'Bearer ak_live_zibGbrpBsoYH34rT36s9WSLa' } })
      expect((await get()).status).toBe(503) // the fault, once
      expect((await get()).status).toBe(200)
      const index = await (await fetch(`${cli.url}/`)).json()
      expect(index).toMatchObject({ agentrefUrl: cli.agentrefUrl, agentclickUrl: cli.agentclickUrl, agentriesUrl: cli.agentriesUrl })
    } finally {
      expect(await cli.stop()).toBe(0)
    }
  }, 30_000)
})

test('a bad flag is refused with a message and exit code 1', async () => {
  const child = spawn(process.execPath, [await bundleCli(), '--port', '99999'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let err = ''
  child.stderr.on('data', (chunk) => (err += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  expect(code).toBe(1)
  expect(err).toContain('--port')
})
