// workerd, through miniflare (a devDependency): the esbuild bundle of workerd/entry.mjs, at the
// newest compatibility date this miniflare supports, fetching the test server over loopback.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { outcome } from '../shared/process.mjs'
import { bundleFromConsumer } from '../shared/bundle.mjs'

export async function run({ repoRoot, consumerDir, server, timeoutMs }) {
  let miniflare
  try {
    miniflare = await import('miniflare')
  } catch {
    return { status: 'missing', summary: 'miniflare (which ships workerd) is not installed' }
  }
  const { Miniflare, supportedCompatibilityDate } = miniflare
  const script = await bundleFromConsumer(consumerDir, 'workerd/entry.mjs', 'neutral')
  const mf = new Miniflare({ modules: true, script, compatibilityDate: supportedCompatibilityDate })
  let timer
  try {
    const report = await Promise.race([
      (async () => {
        await mf.ready
        const response = await mf.dispatchFetch(`http://runner.test/?api=${encodeURIComponent(server.url)}`)
        const text = await response.text()
        try {
          return JSON.parse(text)
        } catch {
          throw new Error(`worker answered ${response.status}: ${text.slice(0, 300)}`)
        }
      })(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs))),
    ])
    const result = outcome(report, /^workerd$/)
    result.version = `workerd ${version(repoRoot, 'workerd')}, miniflare ${version(repoRoot, 'miniflare')}, compatibility date ${supportedCompatibilityDate}`
    return result
  } finally {
    clearTimeout(timer)
    await mf.dispose()
  }
}

function version(repoRoot, name) {
  try {
    return JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')).version
  } catch {
    return '?'
  }
}
