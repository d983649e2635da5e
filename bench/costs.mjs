// npm run bench:costs: what each contract behaviour costs in the createAgentRef + listPrograms
// bundle. Each row builds the bundle with that behaviour's module(s) swapped for the least code
// that keeps the call working without the behaviour (an esbuild plugin replaces the files), and
// prints the gzip bytes saved. The last row swaps all of them: the floor of this design without
// the contract's checks. Figures for deciding what a size target would cost; nothing here ships.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundle, bundleCases } from './sizes.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const core = (file) => path.join(root, 'src', 'core', file)

/** behaviour → { source file → replacement module, or a function of the file's text }. */
export const behaviours = {
  'redaction of the credential (§4)': {
    [core('redact.ts')]: `export const TAGS_AND_SPACE = /(<[^<>]*>|\\s)+/g; export const redactText = (t: string) => t; export const redact = <T>(v: T) => v; export const redactCause = (e: unknown) => e`,
  },
  'retries with backoff (§5)': {
    [core('retry/retry.ts')]: `export const retry = (fn: any) => fn(0); export const retryAfterFailure = (_fn: any, _o: any, e: unknown) => Promise.reject(e)`,
  },
  'Retry-After parsing (§5)': { [core('retry/retry-after.ts')]: `export const retryAfter = (_h: any): number | undefined => undefined` },
  'header checks, one case-insensitive set (§2)': { [core('headers.ts')]: `export const AMBIGUOUS = 'ambiguous'; export const mergeHeaders = (into: any, layer: any) => Object.assign(into, layer)` },
  'bounded body reads (§4)': {
    [core('read-response.ts')]: (source) => source.replace(/const limit = [\s\S]*?raw = decodeUtf8\(chunks\)\n {6}\}/, 'raw = await response.text()'),
  },
  'error class per status (§4)': {
    [core('errors/error-for-status.ts')]: `import { ApiError } from './api-error.ts'; export const errorForStatus = (m: string, i: any) => new ApiError(m, i)`,
  },
  'error bodies: envelope, excerpt, headers (§4)': {
    [core('read-response.ts')]: (source) =>
      source.replace(/const headers = Object\.fromEntries[\s\S]*?throw errorForStatus\(redactText[^\n]*\n/, "throw errorForStatus(provider + ' ' + status, { provider, status })\n"),
  },
  'base URL checks (§2)': { [core('base-url.ts')]: `export const normalizeBaseUrl = (v: string) => v` },
  'numeric option checks (§2)': { [core('limits.ts')]: `export const MAX_TIMER_MS = 2 ** 31 - 1; export const numberOption = (o: any, k: string, fallback: number): number => o[k] ?? fallback` },
  'query value checks and encoding (§3)': { [core('query.ts')]: `export const buildQuery = (q: any) => (q && Object.keys(q).length ? '?' + new URLSearchParams(q) : '')` },
  'params and signal checks (§3, §4)': {
    [core('params.ts')]: (source) => source.replace(/(export function assertParams\([^)]*\)[^{]*\{)/, '$1 return;'),
    [core('signal.ts')]: `export const isSignal = (_v: unknown) => true`,
  },
  'credential text check (§4)': { [core('credential.ts')]: `export const CREDENTIAL = Symbol.for('affiliate-fetch.credential'); export const getCredential = (c: any, n?: boolean) => c[CREDENTIAL]?.(n); export const isTokenText = (_v: string) => true` },
}

/** gzip bytes of the listPrograms bundle with these files swapped. */
export async function gzipWith(replacements, show) {
  const swap = {
    name: 'swap',
    setup: (build) =>
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const replacement = replacements[args.path]
        if (replacement === undefined) return undefined
        const source = readFileSync(args.path, 'utf8')
        const contents = typeof replacement === 'function' ? replacement(source) : replacement
        if (contents === source) throw new Error(`the swap for ${args.path} no longer matches it`)
        return { contents, loader: 'ts' }
      }),
  }
  const b = await bundle(bundleCases("src")["listPrograms alone"], [swap]); if (show) console.log(b.text); return b.gzip
}

/** Every swap at once: two transforms of the same file apply one after the other. */
function allSwaps() {
  const all = {}
  for (const swaps of Object.values(behaviours)) {
    for (const [file, swap] of Object.entries(swaps)) {
      const before = all[file]
      all[file] = typeof before === 'function' && typeof swap === 'function' ? (source) => swap(before(source)) : swap
    }
  }
  return all
}

/** The bundle's gzip bytes, what each behaviour costs in them, and the bytes left without all of them. */
export async function behaviourCosts() {
  const full = await gzipWith({})
  const costs = {}
  for (const [name, replacements] of Object.entries(behaviours)) costs[name] = full - (await gzipWith(replacements))
  const floor = await gzipWith(allSwaps())
  return { full, costs, floor }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { full, costs, floor } = await behaviourCosts()
  console.log(`createAgentRef + listPrograms: ${full} B gzip; without every behaviour below: ${floor} B (the contract's target, hooks included: 3,200 B)`)
  console.table(Object.fromEntries([...Object.entries(costs), ['all of the above', full - floor]].map(([name, saved]) => [name, { 'gzip B saved without it': saved }])))
}
