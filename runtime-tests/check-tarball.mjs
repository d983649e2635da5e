// Packaging check of the packed tarball itself (not npm's idea of it): it holds only what users
// need (package.json, README.md, LICENSE, CHANGELOG.md, docs/*.md (the pages the README links to), llms.txt, llms-full.txt, dist/**/*.js, dist/**/*.d.ts), every file
// its package.json promises (files entries, exports, main, types, bin), no runtime dependencies,
// and no `node:` import outside the three CLIs (the sandbox's HTTP door loads node:http only when
// started, by a computed specifier, so that browser and Worker bundles of the sandbox hold none).
//
//   node runtime-tests/check-tarball.mjs path/to/affiliate-fetch-x.y.z.tgz
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

const TOP_LEVEL = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'llms.txt', 'llms-full.txt'])
/** The documentation pages the README links to. */
const DOCS_PAGE = /^docs\/[a-z-]+\.md$/
const DIST_FILE = /^dist\/.+(?<!\.map)\.(js|d\.ts)$/
/** Files for a server runtime (Node, Deno, Bun): the command line and the sandbox and MCP CLIs. */
const NODE_ONLY = (rel) => rel === 'dist/cli/main.js' || rel === 'dist/sandbox/cli.js' || rel === 'dist/mcp/cli.js'
const NODE_IMPORT = /\bfrom\s*["']node:|\bimport\s*\(\s*["']node:|\brequire\s*\(\s*["']/

/** The regular files of a .tgz: `{ path, size, content }`, read with a minimal ustar/pax reader. */
export function readTarball(file) {
  const tar = gunzipSync(readFileSync(file))
  const entries = []
  const field = (offset, length) => tar.subarray(offset, offset + length).toString('utf8').replace(/\0.*$/s, '')
  let paxPath
  for (let offset = 0; offset + 512 <= tar.length; ) {
    if (tar[offset] === 0) break // end-of-archive blocks
    const size = parseInt(field(offset + 124, 12).trim() || '0', 8)
    const type = String.fromCharCode(tar[offset + 156] || 48)
    const prefix = field(offset + 345, 155)
    const name = (prefix ? `${prefix}/` : '') + field(offset, 100)
    const content = tar.subarray(offset + 512, offset + 512 + size)
    if (type === 'x') {
      paxPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(content.toString('utf8'))?.[1]
    } else {
      if (type === '0' || type === '7') entries.push({ path: paxPath ?? name, size, content })
      paxPath = undefined
    }
    offset += 512 + Math.ceil(size / 512) * 512
  }
  return entries
}

/** Every string leaf of an exports/bin value. */
function targets(value) {
  if (typeof value === 'string') return [value]
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets)
  return []
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`

export function checkTarball(file) {
  const problems = []
  const entries = readTarball(file)
  const byPath = new Map()
  for (const entry of entries) {
    if (!entry.path.startsWith('package/')) problems.push(`entry outside package/: ${entry.path}`)
    byPath.set(entry.path.replace(/^package\//, ''), entry)
  }
  for (const rel of byPath.keys()) {
    if (!TOP_LEVEL.has(rel) && !DIST_FILE.test(rel) && !DOCS_PAGE.test(rel)) problems.push(`ships a file users do not need: ${rel}`)
  }
  const manifest = byPath.get('package.json')
  const pkg = manifest ? JSON.parse(manifest.content.toString('utf8')) : {}
  if (!manifest) problems.push('package.json missing')
  // Every page the README links to ships, so its links resolve in an installed package too.
  const readme = byPath.get('README.md')?.content.toString('utf8') ?? ''
  for (const [, page] of readme.matchAll(/\]\((docs\/[a-z-]+\.md)(#[^)]*)?\)/g)) {
    if (!byPath.has(page)) problems.push(`README.md links to ${page}, the tarball lacks it`)
  }

  const promised = new Set([
    ...(pkg.files ?? []).filter((f) => TOP_LEVEL.has(f)),
    ...targets(pkg.exports),
    ...targets(pkg.bin),
    ...targets(pkg.main),
    ...targets(pkg.types),
  ])
  for (const target of promised) {
    const rel = path.posix.normalize(target)
    if (!byPath.has(rel)) problems.push(`package.json promises ${rel}, the tarball lacks it`)
  }
  if (pkg.dependencies && Object.keys(pkg.dependencies).length > 0) {
    problems.push(`has runtime dependencies: ${Object.keys(pkg.dependencies).join(', ')}`)
  }
  for (const [rel, entry] of byPath) {
    if (rel.endsWith('.js') && !NODE_ONLY(rel) && NODE_IMPORT.test(entry.content.toString('utf8'))) {
      problems.push(`${rel} imports a node: module or calls require(); only the CLIs may`)
    }
  }
  const packed = statSync(file).size
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0)
  return {
    ok: problems.length === 0,
    problems,
    files: [...byPath.keys()].sort(),
    packed,
    unpacked,
    summary: `${path.basename(file)}: ${entries.length} files, ${kB(packed)} packed, ${kB(unpacked)} unpacked`,
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2]
  if (!file) {
    console.error('usage: node runtime-tests/check-tarball.mjs <tarball.tgz>')
    process.exit(2)
  }
  const result = checkTarball(file)
  console.log(`tarball: ${result.ok ? 'passed' : 'failed'} (${result.summary})`)
  for (const p of result.problems) console.log(`  - ${p}`)
  for (const f of result.files) console.log(`    ${f}`)
  process.exitCode = result.ok ? 0 : 1
}
