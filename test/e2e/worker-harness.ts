// worker-example as miniflare runs it: the bundle esbuild makes of src/index.ts, and the bindings,
// Durable Objects, queues and vars of worker-example/wrangler.toml, read by wrangler's own loader.
import { build } from 'esbuild'
import type { WorkerOptions } from 'miniflare'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { unstable_getMiniflareWorkerOptions } from 'wrangler'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const wranglerToml = path.join(root, 'worker-example/wrangler.toml')

/**
 * One ESM bundle of `entry` (a file, or `{ contents }` of a module) with affiliate-fetch from src/
 * (the package is not installed in worker-example).
 */
export async function bundle(entry: string | { contents: string }): Promise<string> {
  const out = await build({
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, loader: 'ts', resolveDir: root } }),
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

/** The options wrangler derives from wrangler.toml (or another config), for a worker named `name` running `script`. */
export function workerFromToml(name: string, script: string, vars: Record<string, string>, toml = wranglerToml): WorkerOptions {
  const { workerOptions } = unstable_getMiniflareWorkerOptions(toml)
  return { ...(workerOptions as WorkerOptions), name, modules: true, script, bindings: { ...workerOptions.bindings, ...vars } } as WorkerOptions
}

/** One isolate's fetch, as miniflare hands it out (its types are workerd's, not the DOM's). */
export type Edge = { fetch(url: string, init?: RequestInit): Promise<Response> }

/**
 * `count` copies of the Worker, each its own isolate (`edge-0`, `edge-1`, ...), as one deployment
 * runs on many machines: edge-0 holds the Durable Objects, the others reach them through it; the
 * last one consumes the queues. Queue timings are replaced (the test waits seconds, not minutes).
 */
export function edges(count: number, script: string, vars: Record<string, string>, queueTimings: { maxBatchTimeout: number; retryDelay: number }): WorkerOptions[] {
  return Array.from({ length: count }, (_, i) => {
    const options = workerFromToml(`edge-${i}`, script, vars)
    const durableObjects = Object.fromEntries(Object.entries(options.durableObjects ?? {}).map(([binding, d]) => [binding, i === 0 ? d : { ...(d as object), scriptName: 'edge-0' }]))
    const queueConsumers = Object.fromEntries(Object.entries(options.queueConsumers ?? {}).map(([queue, c]) => [queue, { ...(c as object), ...queueTimings }]))
    return { ...options, durableObjects, queueConsumers: i === count - 1 ? queueConsumers : {} } as WorkerOptions
  })
}
