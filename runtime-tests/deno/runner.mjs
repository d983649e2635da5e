// Deno: the deno binary of the repository's devDependencies (else one on PATH). Bare specifiers
// resolve through the consumer's package.json and its npm-installed node_modules
// (--node-modules-dir=manual: Deno reads node_modules as it is and fetches nothing).
import path from 'node:path'
import { findBinary, outcome, parseReport, runBounded } from '../shared/process.mjs'

export function denoBinary(repoRoot) {
  return findBinary(process.env.DENO_BIN, path.join(repoRoot, 'node_modules/.bin/deno'), 'deno')
}

/** Env for every deno command: a private cache under the scratch folder, no update check. */
export const denoEnv = (env, scratchDir) => ({ ...env, DENO_DIR: path.join(scratchDir, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1', DENO_NO_PROMPT: '1' })

export async function run({ repoRoot, consumerDir, scratchDir, server, env, timeoutMs }) {
  const deno = denoBinary(repoRoot)
  if (!deno) return { status: 'missing', summary: 'no deno binary (node_modules/.bin/deno, DENO_BIN or PATH)' }
  const args = ['run', '--allow-net=127.0.0.1', '--allow-read', '--allow-env', '--node-modules-dir=manual', 'shared/cli.mjs', server.url]
  const result = await runBounded(deno, args, { cwd: consumerDir, env: denoEnv(env, scratchDir), timeoutMs })
  return outcome(parseReport(result.stdout), /^deno /, { ...result, timeoutMs })
}
