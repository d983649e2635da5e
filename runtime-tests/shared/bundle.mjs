// Bundles an entry of the consumer project with esbuild, resolving from the consumer folder, as a
// user's build would; and proves the library in the bundle came from its installed node_modules.
import path from 'node:path'
import { build, stop } from 'esbuild'

export async function bundleFromConsumer(consumerDir, entry, platform) {
  const out = await build({
    entryPoints: [path.join(consumerDir, entry)],
    absWorkingDir: consumerDir,
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2022',
    // workerd's own conditions, as wrangler resolves them.
    conditions: platform === 'neutral' ? ['workerd', 'worker', 'browser'] : [],
    mainFields: platform === 'neutral' ? ['module', 'main'] : undefined,
    write: false,
    metafile: true,
    logLevel: 'silent',
  }).finally(stop) // esbuild's service process would otherwise live as long as the runner
  const inputs = Object.keys(out.metafile.inputs).filter((file) => file.includes('affiliate-fetch'))
  const foreign = inputs.filter((file) => !file.startsWith('node_modules/affiliate-fetch/dist/'))
  if (inputs.length === 0 || foreign.length > 0) {
    throw new Error(`the bundle must take affiliate-fetch from the consumer's node_modules; inputs: ${inputs.join(', ') || 'none'}`)
  }
  return out.outputFiles[0].text
}
