// The CLI as users start it: a real process, its printed URLs, its faults, a clean stop.
import { build } from 'esbuild'
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The CLI bundled as the package ships it (one ESM file for node). */
async function bundleCli(): Promise<string> {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'af-cli-')), 'cli.mjs')
  await build({ entryPoints: [path.join(root, 'src/sandbox/cli.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' })
  return outfile
}

test('affiliate-fetch-sandbox --port 0 --faults … prints its URLs, injects the faults, stops on SIGTERM', async () => {
  const outfile = await bundleCli()
  const child = spawn(process.execPath, [outfile, '--port', '0', '--seed', '2', '--faults', 'GET /programs:503:1'], { stdio: ['ignore', 'pipe', 'pipe'] })
  try {
    let out = ''
    const agentrefUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 10_000)
      child.stdout.on('data', (chunk) => {
        out += chunk
        const match = out.match(/AgentRef\s+(http:\/\/127\.0\.0\.1:\d+\/agentref\/api\/v1)/)
        if (match) {
          clearTimeout(timer)
          resolve(match[1]!)
        }
      })
    })
    expect(out).toContain('ak_live_sandbox_merchant')
    expect(out).toMatch(/did:web:agentries\.xyz:agent:[0-9a-f]{16}/)
    const get = () => fetch(`${agentrefUrl}/programs`, { headers: { authorization: 'Bearer ak_live_sandbox_merchant' } })
    expect((await get()).status).toBe(503) // the fault, once
    expect((await get()).status).toBe(200)
    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve))
    child.kill('SIGTERM')
    expect(await exit).toBe(0)
  } finally {
    child.kill('SIGKILL')
  }
})

test('a bad flag is refused with a message and exit code 1', async () => {
  const outfile = await bundleCli()
  const child = spawn(process.execPath, [outfile, '--port', '99999'], { stdio: ['ignore', 'pipe', 'pipe'] })
  let err = ''
  child.stderr.on('data', (chunk) => (err += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  expect(code).toBe(1)
  expect(err).toContain('--port')
})
