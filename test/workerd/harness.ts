import { build } from 'esbuild'
import { Miniflare } from 'miniflare'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Bundles a runtime-neutral suite (a module exporting `cases: {name, run}[]`) into a Worker and
 * starts it in workerd; `run(name)` executes one case inside workerd and reports the outcome.
 */
export async function startSuiteWorker(suiteFile: string, bindings: Record<string, string> = {}) {
  const entry = `
    import { cases } from ${JSON.stringify(path.resolve(root, suiteFile))}
    export default {
      async fetch(request, env) {
        globalThis.__env = env
        const url = new URL(request.url)
        if (url.pathname === '/list') return Response.json(cases.map((c) => c.name))
        const c = cases.find((c) => c.name === url.searchParams.get('name'))
        if (!c) return Response.json({ ok: false, error: 'no such case' })
        try {
          await c.run()
          return Response.json({ ok: true })
        } catch (error) {
          return Response.json({ ok: false, error: String(error && error.stack || error) })
        }
      },
    }`
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js', sourcefile: 'worker-entry.js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    write: false,
    logLevel: 'error',
  })
  const mf = new Miniflare({
    modules: true,
    script: out.outputFiles[0]!.text,
    compatibilityDate: '2025-01-01',
    bindings,
  })
  await mf.ready
  const names = (await (await mf.dispatchFetch('http://suite/list')).json()) as string[]
  return {
    names,
    async run(name: string): Promise<{ ok: boolean; error?: string }> {
      const res = await mf.dispatchFetch(`http://suite/run?name=${encodeURIComponent(name)}`)
      return (await res.json()) as { ok: boolean; error?: string }
    },
    dispose: () => mf.dispose(),
  }
}
