// happy-dom: a Node child process running happy-dom/entry.mjs inside the consumer project.
import { createRequire } from 'node:module'
import path from 'node:path'
import { outcome, parseReport, requirePreflights, runBounded } from '../shared/process.mjs'

export async function run({ consumerDir, server, env, timeoutMs }) {
  try {
    createRequire(path.join(consumerDir, 'package.json')).resolve('happy-dom')
  } catch {
    return { status: 'missing', summary: 'happy-dom is not installed (a devDependency of the repository)' }
  }
  const entry = path.join(consumerDir, 'happy-dom/entry.mjs')
  const before = server.stats.preflights
  const result = await runBounded(process.execPath, [entry, server.url, server.pageOrigin], { cwd: consumerDir, env, timeoutMs })
  return requirePreflights(outcome(parseReport(result.stdout), /^happy-dom /, { ...result, timeoutMs }), server.stats.preflights - before)
}
