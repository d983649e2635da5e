// The `affiliate-fetch` bin of the installed tarball, as users run it: `npx affiliate-fetch` (the
// .bin link, on this Node), `bunx affiliate-fetch`, `deno run -A npm:affiliate-fetch` (here the
// installed file, with the consumer's node_modules). One sandbox command each, no terminal.
import path from 'node:path'
import { denoBinary, denoEnv } from '../deno/runner.mjs'
import { findBinary, runBounded } from './process.mjs'

const ARGS = ['--sandbox', 'agentref', 'list-programs', '--format', 'ndjson', '--fields', 'id,status']

/** One report line per runtime asked for among node, deno and bun. */
export async function checkBin({ repoRoot, consumerDir, scratchDir, env, timeoutMs }, runtimes) {
  const linked = path.join(consumerDir, 'node_modules/.bin/affiliate-fetch')
  const file = path.join(consumerDir, 'node_modules/affiliate-fetch/dist/cli/main.js')
  const commands = {
    node: [process.execPath, [linked, ...ARGS], env],
    deno: [denoBinary(repoRoot), ['run', '-A', '--node-modules-dir=manual', file, ...ARGS], denoEnv(env, scratchDir)],
    bun: [findBinary(process.env.BUN_BIN, path.join(repoRoot, 'node_modules/.bin/bun'), 'bun'), ['--no-install', linked, ...ARGS], env],
  }
  const lines = []
  for (const runtime of runtimes.filter((r) => r in commands)) {
    const [command, args, runEnv] = commands[runtime]
    const name = `bin (${runtime})`
    if (!command) {
      lines.push({ name, status: 'missing', summary: `no ${runtime} binary` })
      continue
    }
    const result = await runBounded(command, args, { cwd: consumerDir, env: runEnv, timeoutMs })
    const items = result.stdout.trim().split('\n').filter(Boolean)
    let parsed = []
    try {
      parsed = items.map((line) => JSON.parse(line))
    } catch {}
    const ok = result.code === 0 && parsed.length > 0 && parsed.every((p) => typeof p.id === 'string' && Object.keys(p).join() === 'id,status') && /--sandbox/.test(result.stderr)
    lines.push({ name, status: ok ? 'passed' : 'failed', summary: ok ? `affiliate-fetch ${ARGS.join(' ')}: ${parsed.length} programs` : `exit ${result.code}`, details: [result.stdout.slice(0, 500), result.stderr.slice(0, 500)] })
  }
  return lines
}
