// Type-checking as users do, against the installed package: tsc with moduleResolution bundler and
// with nodenext (the repository's typescript), then `deno check` of deno.ts.
import path from 'node:path'
import { runBounded } from '../shared/process.mjs'
import { denoBinary, denoEnv } from '../deno/runner.mjs'

const lines = (result) =>
  `${result.stdout}\n${result.stderr}`.split('\n').map((l) => l.trimEnd()).filter(Boolean).slice(0, 20)

function verdict(result, timeoutMs) {
  if (result.timedOut) return { status: 'failed', summary: `timed out after ${timeoutMs} ms`, details: lines(result) }
  if (result.error) return { status: 'failed', summary: String(result.error.message), details: [] }
  if (result.code !== 0) return { status: 'failed', summary: `exit ${result.code}`, details: lines(result) }
  return { status: 'passed', summary: '', details: [] }
}

export async function run({ repoRoot, consumerDir, scratchDir, env, timeoutMs }) {
  const dir = path.join(consumerDir, 'types')
  const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc')
  const out = []
  for (const mode of ['bundler', 'nodenext']) {
    const result = await runBounded(process.execPath, [tsc, '-p', path.join(dir, `tsconfig.${mode}.json`)], { cwd: dir, env, timeoutMs })
    out.push({ name: `types (${mode})`, ...verdict(result, timeoutMs) })
  }
  const deno = denoBinary(repoRoot)
  if (!deno) {
    out.push({ name: 'types (deno check)', status: 'missing', summary: 'no deno binary' })
  } else {
    const result = await runBounded(deno, ['check', '--node-modules-dir=manual', 'types/deno.ts'], {
      cwd: consumerDir,
      env: denoEnv(env, scratchDir),
      timeoutMs,
    })
    out.push({ name: 'types (deno check)', ...verdict(result, timeoutMs) })
  }
  return out
}
