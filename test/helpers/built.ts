import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The deno binary of the `deno` dev dependency. */
export const denoBin = path.join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'deno.cmd' : 'deno')

/** Examples import the package by name, which resolves to dist/: build it once if it is missing. */
export function ensureBuilt(): void {
  if (['sandbox', 'agentref', 'cassette'].every((entry) => existsSync(path.join(repoRoot, `dist/${entry}/index.js`)))) return
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'ignore' })
}
