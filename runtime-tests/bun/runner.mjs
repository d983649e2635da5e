// Bun: the bun binary of the repository's devDependencies (else one on PATH), with auto-install
// off so that only the consumer's node_modules can satisfy `affiliate-fetch`.
import path from 'node:path'
import { findBinary, outcome, parseReport, runBounded } from '../shared/process.mjs'

export async function run({ repoRoot, consumerDir, server, env, timeoutMs }) {
  const bun = findBinary(process.env.BUN_BIN, path.join(repoRoot, 'node_modules/.bin/bun'), 'bun')
  if (!bun) return { status: 'missing', summary: 'no bun binary (node_modules/.bin/bun, BUN_BIN or PATH)' }
  const result = await runBounded(bun, ['--no-install', 'shared/cli.mjs', server.url], {
    cwd: consumerDir,
    env: { ...env, DO_NOT_TRACK: '1', BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0' },
    timeoutMs,
  })
  return outcome(parseReport(result.stdout), /^bun /, { ...result, timeoutMs })
}
