// worker-example as miniflare runs it: the bundle esbuild makes of src/index.ts, and the bindings,
// Durable Objects, queues and vars of worker-example/wrangler.toml, read by wrangler's own loader.
import { build } from 'esbuild'
import type { WorkerOptions } from 'miniflare'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { unstable_getMiniflareWorkerOptions } from 'wrangler'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const wranglerToml = path.join(root, 'worker-example/wrangler.toml')

/** One ESM bundle of `entry` with affiliate-fetch from src/ (the package is not installed in worker-example). */
export async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    alias: { 'affiliate-fetch': path.join(root, 'src') },
    external: ['cloudflare:*'],
    write: false,
    logLevel: 'error',
  })
  return out.outputFiles[0]!.text
}

/** The options wrangler derives from wrangler.toml, for a worker named `name` running `script`. */
export function workerFromToml(name: string, script: string, vars: Record<string, string>): WorkerOptions {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(wranglerToml)
  return { ...(workerOptions as WorkerOptions), name, modules: true, script, bindings: { ...workerOptions.bindings, ...vars } } as WorkerOptions
}
