// Node: `node shared/cli.mjs` inside the consumer project; bare imports resolve to its node_modules.
import path from 'node:path'
import { outcome, parseReport, runBounded } from '../shared/process.mjs'

export async function run({ consumerDir, server, env, timeoutMs }) {
  const result = await runBounded(process.execPath, [path.join(consumerDir, 'shared/cli.mjs'), server.url], { cwd: consumerDir, env, timeoutMs })
  return outcome(parseReport(result.stdout), /^node /, { ...result, timeoutMs })
}
