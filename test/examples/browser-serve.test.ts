// `npm run example:browser` stopped by its parent (npm itself, killed): nothing may keep running.
import { spawn } from 'node:child_process'
import { connect } from 'node:net'
import { beforeAll, expect, test } from 'vitest'
import { ensureBuilt, repoRoot } from '../helpers/built.js'

beforeAll(ensureBuilt, 120_000)

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })

test.each(['SIGTERM', 'SIGKILL'] as const)('the page server and its sandbox stop when the npm process that started them gets %s', async (signal) => {
  const npm = spawn(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'example:browser', '--silent'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  try {
    const ports = await new Promise<number[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 30_000)
      npm.stdout.on('data', (chunk) => {
        out += chunk
        const match = out.match(/http:\/\/127\.0\.0\.1:(\d+)\/ \(sandbox on http:\/\/127\.0\.0\.1:(\d+)\)/)
        if (match) {
          clearTimeout(timer)
          resolve([Number(match[1]), Number(match[2])])
        }
      })
    })
    for (const port of ports) expect(await accepts(port)).toBe(true)
    npm.kill(signal) // SIGKILL: the harshest stop, npm can pass nothing on
    const deadline = Date.now() + 5_000
    let open = ports
    while (Date.now() < deadline) {
      open = (await Promise.all(ports.map(async (port) => ((await accepts(port)) ? [port] : [])))).flat()
      if (open.length === 0) break
      await new Promise((r) => setTimeout(r, 100))
    }
    expect(open).toEqual([])
  } finally {
    if (npm.pid && alive(npm.pid)) npm.kill('SIGKILL')
  }
}, 60_000)
