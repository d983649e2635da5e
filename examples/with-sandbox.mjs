#!/usr/bin/env node
// Runs one command against a fresh local sandbox: node examples/with-sandbox.mjs <command> [args…]
// The command sees SANDBOX_URL; the sandbox stops when it exits.
import { spawn } from 'node:child_process'
import { startSandbox } from 'affiliate-fetch/sandbox'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: node examples/with-sandbox.mjs <command> [args…]')
  process.exit(2)
}
const sandbox = await startSandbox()
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, SANDBOX_URL: sandbox.url } })
child.on('error', async (error) => {
  console.error(`could not start ${command}: ${error.message}`)
  await sandbox.close()
  process.exit(127)
})
child.on('exit', async (code) => {
  await sandbox.close()
  process.exit(code ?? 1)
})
