#!/usr/bin/env node
// The examples import the package by its name, which resolves to dist/: build it once if a fresh
// clone has not yet (npm run build).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const NEEDED = ['agentref/index.js', 'agentclick/index.js', 'agentries/index.js', 'sandbox/index.js', 'cassette/index.js', 'mcp/cli.js']

export function ensureBuilt() {
  if (NEEDED.every((f) => existsSync(path.join(root, 'dist', f)))) return
  console.log('Building the package first (npm run build)…')
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureBuilt()
