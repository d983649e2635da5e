// Deno: the deno binary of the repository's devDependencies (else one on PATH). Bare specifiers
// resolve through the consumer's package.json and its npm-installed node_modules
// (--node-modules-dir=manual: Deno reads node_modules as it is and fetches nothing).
import path from 'node:path'
import { findBinary, mergeReports, outcome, parseReport, runBounded } from '../shared/process.mjs'
import { REPLAY_CASE } from '../shared/suite.mjs'

export function denoBinary(repoRoot) {
  return findBinary(process.env.DENO_BIN, path.join(repoRoot, 'node_modules/.bin/deno'), 'deno')
}

/** Env for every deno command: a private cache under the scratch folder, no update check. */
export const denoEnv = (env, scratchDir) => ({ ...env, DENO_DIR: path.join(scratchDir, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' })

/**
 * The suite in two Deno runs, one report: every case but the cassette replay with loopback network
 * (the test server), then the replay alone with the network denied, so that no fetch of any kind,
 * however the library got hold of it, could answer from the network.
 */
export async function runSuiteDenyingReplayNet(deno, { flags, cli, serverUrl, cwd, env, timeoutMs }) {
  const suite = await runBounded(deno, ['run', ...flags, '--allow-net=127.0.0.1', cli, serverUrl, `--skip=${REPLAY_CASE}`], { cwd, env, timeoutMs })
  const replay = await runBounded(deno, ['run', ...flags, '--deny-net', cli, serverUrl, `--only=${REPLAY_CASE}`], { cwd, env, timeoutMs })
  const reports = [parseReport(suite.stdout), parseReport(replay.stdout)]
  for (const result of reports[1]?.results ?? []) result.name += ' (--deny-net)'
  // Without a report, the output of the run that gave none explains it.
  return outcome(mergeReports(reports), /^deno /, { ...(reports[0] ? replay : suite), timeoutMs })
}

export async function run({ repoRoot, consumerDir, scratchDir, server, env, timeoutMs }) {
  const deno = denoBinary(repoRoot)
  if (!deno) return { status: 'missing', summary: 'no deno binary (node_modules/.bin/deno, DENO_BIN or PATH)' }
  const flags = ['--allow-read', '--allow-env', '--node-modules-dir=manual']
  return runSuiteDenyingReplayNet(deno, { flags, cli: 'shared/cli.mjs', serverUrl: server.url, cwd: consumerDir, env: denoEnv(env, scratchDir), timeoutMs })
}
