// The sandbox CLI as users start it: bundled as the package ships it, run as its own process by
// Node, Deno or Bun. The tests talk to it over real sockets from this (Node) process.
import { build } from 'esbuild'
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export type ServerRuntime = 'node' | 'deno' | 'bun'
export const SERVER_RUNTIMES: ServerRuntime[] = ['node', 'deno', 'bun']

let bundled: Promise<string> | undefined
/** The CLI bundled as the package ships it (one ESM file), built once per test file. */
export function bundleCli(): Promise<string> {
  bundled ??= (async () => {
    const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'af-cli-')), 'cli.mjs')
    await build({ entryPoints: [path.join(root, 'src/sandbox/cli.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' })
    return outfile
  })()
  return bundled
}

/** The command that runs a script file on `runtime` (Deno with the permissions the CLI needs). */
export function commandFor(runtime: ServerRuntime, script: string): [string, string[]] {
  if (runtime === 'node') return [process.execPath, [script]]
  if (runtime === 'deno') return [path.join(root, 'node_modules/.bin/deno'), ['run', '--allow-net', '--allow-env', '--allow-read', '--allow-sys', script]]
  return [path.join(root, 'node_modules/.bin/bun'), [script]]
}

export interface CliProcess {
  child: ChildProcess
  /** All the CLI printed so far. */
  output(): string
  url: string
  agentrefUrl: string
  agentclickUrl: string
  agentriesUrl: string
  stop(): Promise<number | null>
}

/** Starts `affiliate-fetch-sandbox <args>` on `runtime` and waits for its printed URLs. */
export async function startCli(runtime: ServerRuntime, args: string[]): Promise<CliProcess> {
  const [command, prefix] = commandFor(runtime, await bundleCli())
  const child = spawn(command, [...prefix, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' } })
  let out = ''
  child.stdout!.on('data', (chunk) => (out += chunk))
  child.stderr!.on('data', (chunk) => (out += chunk))
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${runtime}: no URL printed: ${out}`)), 20_000)
    const check = () => {
      const match = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/)
      if (match && out.includes('Ctrl-C')) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    }
    child.stdout!.on('data', check)
    void exit.then((code) => reject(new Error(`${runtime}: exited ${code}: ${out}`)))
  })
  return {
    child,
    output: () => out,
    url,
    agentrefUrl: `${url}/agentref/api/v1`,
    agentclickUrl: `${url}/agentclick/api/mcp.php`,
    agentriesUrl: `${url}/agentries`,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      const code = await exit
      clearTimeout(timer)
      return code
    },
  }
}
