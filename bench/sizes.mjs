// Bundle sizes as a user's bundler sees them: esbuild, minified, ESM, then gzip level 9.
import { build } from 'esbuild'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Where each subpath's entry lives: the TypeScript source, or the built `dist/` users install. */
export function entryFile(subpath, from = 'src') {
  return from === 'src' ? path.join(root, 'src', subpath, 'index.ts') : path.join(root, 'dist', subpath, 'index.js')
}

/** The bundles we track: what a user imports, and the official SDK for comparison. */
export function bundleCases(from = 'src') {
  const ar = JSON.stringify(entryFile('agentref', from))
  const ac = JSON.stringify(entryFile('agentclick', from))
  const ag = JSON.stringify(entryFile('agentries', from))
  const tl = JSON.stringify(entryFile('tools', from))
  const sb = JSON.stringify(entryFile('sandbox', from))
  const cs = JSON.stringify(entryFile('cassette', from))
  return {
    'listPrograms alone': `import { createAgentRef, listPrograms } from ${ar}; globalThis.x = [createAgentRef, listPrograms]`,
    'merchant set': `import { createAgentRef, listPrograms, getProgram, createPayout, listConversions, paginate } from ${ar}; globalThis.x = [createAgentRef, listPrograms, getProgram, createPayout, listConversions, paginate]`,
    'whole affiliate-fetch/agentref': `import * as all from ${ar}; globalThis.x = all`,
    // The official SDK is one class: one call ships all of it (it cannot be tree-shaken).
    'official agentref SDK, one call': `import { AgentRef } from 'agentref'; globalThis.x = new AgentRef({ apiKey: 'ak_live_x' }).programs.list()`,
    'trackClick alone': `import { createAgentClick, trackClick } from ${ac}; globalThis.x = [createAgentClick, trackClick]`,
    'createReferralCode alone': `import { createAgentries, createReferralCode } from ${ag}; globalThis.x = [createAgentries, createReferralCode]`,
    'whole affiliate-fetch/agentclick': `import * as all from ${ac}; globalThis.x = all`,
    'whole affiliate-fetch/agentries': `import * as all from ${ag}; globalThis.x = all`,
    'whole affiliate-fetch/tools': `import * as all from ${tl}; globalThis.x = all`,
    'tools definitions only': `import { tools, toOpenAITools } from ${tl}; globalThis.x = [tools, toOpenAITools]`,
    // The sandbox for a browser or Worker: createSandbox and everything it serves.
    'affiliate-fetch/sandbox (createSandbox)': `import { createSandbox } from ${sb}; globalThis.x = createSandbox`,
    'whole affiliate-fetch/sandbox': `import * as all from ${sb}; globalThis.x = all`,
    // Replaying a cassette in a browser test: no recorder, no verifier.
    'replayFetch alone': `import { replayFetch } from ${cs}; globalThis.x = replayFetch`,
    'whole affiliate-fetch/cassette': `import * as all from ${cs}; globalThis.x = all`,
  }
}

/** Bundles one snippet (with any esbuild plugins); returns its minified text and sizes in bytes. */
export async function bundle(contents, plugins = []) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins,
  })
  const text = result.outputFiles[0].text
  const inputs = Object.fromEntries(Object.entries(Object.values(result.metafile.outputs)[0].inputs).map(([file, { bytesInOutput }]) => [file, bytesInOutput]))
  return { text, minified: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length, inputs }
}

/** The core's parts, by source file (the names of older layouts included, to compare across commits). */
const GROUPS = [
  ['client creation', /core\/(create-client|base-url|env|credential|limits)\.ts$|agentref\/client\.ts$/],
  ['request pipeline', /core\/(request|send|signal|invalid|hooks|network-error|stream-broke)\.ts$/],
  ['headers', /core\/headers\.ts$/],
  ['path, query, params', /core\/(path|query|params|encode|json-body|idempotency-key)\.ts$/],
  ['retry and Retry-After', /core\/retry\//],
  ['reading responses', /core\/(read-response|read-body|utf8)\.ts$/],
  ['redaction', /core\/redact\.ts$/],
  ['error classes', /core\/errors\//],
  ['AgentRef operations', /agentref\//],
]

/**
 * Bytes per part of a bundle: minified bytes exactly (esbuild's metafile), and the part's share
 * of the gzip size in proportion to them (gzip has no per-file sizes; an estimate).
 */
export function moduleGroups({ inputs, minified, gzip }) {
  const groups = {}
  for (const [file, bytes] of Object.entries(inputs)) {
    if (!bytes) continue
    const name = GROUPS.find(([, pattern]) => pattern.test(file))?.[0] ?? 'other'
    groups[name] ??= { minified: 0, gzip: 0 }
    groups[name].minified += bytes
  }
  for (const group of Object.values(groups)) group.gzip = Math.round((gzip * group.minified) / minified)
  return groups
}
