// Runs the code the docs show, as written, against the sandbox, so that no example can go stale.
// Used for the README, every docs/ page, and the `@example`/`@module` blocks of the JSDoc in src/.
//
// Which blocks run: every ```ts / ```js block that imports from 'affiliate-fetch' (any subpath;
// `npm:affiliate-fetch/...` too). Blocks that import nothing from it (shell, signatures, trees)
// are prose.
//
// How a block reaches the sandbox: each block gets a fresh sandbox (`startSandbox()`, default
// seed 1, so the documented seeded ids exist) and runs in its own process with the environment
// variables the library reads set to the sandbox's demo keys:
//   AGENTREF_API_KEY (the merchant key), AGENTCLICK_API_KEY (the agent key),
//   AGENTRIES_DID + AGENTRIES_PRIVATE_KEY (the seeded agent), AGENTREF_WEBHOOK_SECRET.
// Requests to the providers' documented base URLs are sent to the sandbox instead: a preamble
// wraps the global `fetch` (as a DNS entry would), so a block is written as production code,
// with no baseUrl and no sandbox wiring. The library resolves to src/ (bundled by esbuild).
//
// Where it runs: Node; a block importing `npm:` specifiers runs in Deno.
//
// Blocks that cannot run alone: a Worker (`export default { fetch }`) is loaded and its fetch
// handler called with `env` holding the variables above: a GET of `/`, or, when the block verifies
// webhooks, a POST of a delivery signed with AGENTREF_WEBHOOK_SECRET. Its Response must have a
// status below 400.
//
// A block passes when its process exits 0 within the time limit; any thrown error fails it.
// Every ```ts block must also type-check as written, strictly, against the library's types
// (with Node's types, the DOM lib, and Deno's `Deno.env` for the Deno block).
import { build, type Plugin } from 'esbuild'
import { randomBytes } from 'node:crypto'
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { expect, test } from 'vitest'
import { AGENTCLICK_BASE_URL } from '../../src/agentclick/client.js'
import { AGENTREF_BASE_URL } from '../../src/agentref/client.js'
import { AGENTRIES_BASE_URL } from '../../src/agentries/client.js'
import { startSandbox } from '../../src/sandbox/index.js'
import { denoBin as deno, repoRoot } from '../helpers/built.js'

export interface Block {
  /** Where the block is written, relative to the repository: `README.md`, `src/agentref/programs.ts`. */
  source: string
  /** Its first line in that file. */
  line: number
  lang: string
  code: string
}

/** The README and every page of docs/, as paths from the repository root. */
export const DOC_PAGES = ['README.md', ...readdirSync(path.join(repoRoot, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]

const IMPORTS_LIBRARY = /from\s+['"](npm:)?affiliate-fetch(\/[\w-]+)?['"]/

/** The runnable fenced blocks of a text, `lineOffset` added to each block's line. */
function fenced(text: string, source: string, lineOffset = 0): Block[] {
  const blocks: Block[] = []
  const fence = /^```(ts|js|typescript|javascript)\n([\s\S]*?)^```$/gm
  for (const match of text.matchAll(fence)) {
    const code = match[2]!
    if (!IMPORTS_LIBRARY.test(code)) continue
    blocks.push({ source, line: lineOffset + text.slice(0, match.index).split('\n').length, lang: match[1]!, code })
  }
  return blocks
}

/** A Markdown page's runnable blocks. */
export function markdownBlocks(markdown: string, source: string): Block[] {
  return fenced(markdown, source)
}

/** The runnable blocks inside a TypeScript file's doc comments (`@example`, `@module`). */
export function jsdocBlocks(code: string, source: string): Block[] {
  const blocks: Block[] = []
  for (const match of code.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    // One comment's text, its ` * ` margins removed line by line, so line numbers still count.
    const text = match[0]
      .split('\n')
      .map((line) => line.replace(/^\s*\/?\*\*?\/?( ?)/, '').replace(/\s*\*\/$/, ''))
      .join('\n')
    blocks.push(...fenced(text, source, code.slice(0, match.index).split('\n').length - 1))
  }
  return blocks
}

/** A file-name-safe id of a block. */
export const blockId = (block: Block) => `${block.source.replace(/[^\w]+/g, '_')}-${block.line}`

/** A short name for a test title: the block's first line of code. */
export const blockTitle = (block: Block) =>
  `${block.source}:${block.line}: ${block.code.split('\n').find((l) => l.trim() && !l.startsWith('import'))?.trim().slice(0, 60) ?? ''}`

/** `affiliate-fetch[/sub]` and `npm:affiliate-fetch[/sub]` → src/[sub]/index.ts. */
const library: Plugin = {
  name: 'affiliate-fetch-from-src',
  setup(b) {
    b.onResolve({ filter: /^(npm:)?affiliate-fetch(\/[\w-]+)?$/ }, (args) => {
      const sub = args.path.replace(/^(npm:)?affiliate-fetch\/?/, '')
      return { path: path.join(repoRoot, 'src', sub, 'index.ts') }
    })
  },
}

/** Sends requests for the documented API origins to the sandbox. */
function preamble(urls: { agentref: string; agentclick: string; agentries: string }): string {
  const routes = [
    [AGENTREF_BASE_URL, urls.agentref],
    [AGENTCLICK_BASE_URL, urls.agentclick],
    [AGENTRIES_BASE_URL, urls.agentries],
  ]
  return `{
  const routes = ${JSON.stringify(routes)};
  const real = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const route = routes.find(([from]) => url.startsWith(from));
    return real(route ? route[1] + url.slice(route[0].length) : input, init);
  };
}`
}

/** For a Worker block: calls its fetch handler once, as described above. */
function workerHarness(blockFile: string): string {
  return `import worker from ${JSON.stringify(blockFile)}
import { createHmac } from 'node:crypto'
const env = { ...process.env }
let request = new Request('http://worker.test/')
if (process.env.README_WEBHOOK === '1') {
  const body = JSON.stringify({ id: 'evt_readme', type: 'payout.completed', createdAt: new Date().toISOString(), data: { id: 'pay_readme', amount: 1000, status: 'completed' } })
  const id = 'msg_readme', timestamp = String(Math.floor(Date.now() / 1000))
  const key = Buffer.from(env.AGENTREF_WEBHOOK_SECRET.slice('whsec_'.length), 'base64')
  const signature = createHmac('sha256', key).update(id + '.' + timestamp + '.' + body).digest('base64')
  request = new Request('http://worker.test/webhooks/agentref', { method: 'POST', body, headers: { 'content-type': 'application/json', 'svix-id': id, 'svix-timestamp': timestamp, 'svix-signature': 'v1,' + signature } })
}
const waits = []
const response = await worker.fetch(request, env, { waitUntil: (p) => waits.push(p), passThroughOnException() {} })
await Promise.all(waits)
if (!(response instanceof Response) || response.status >= 400) {
  console.error('worker answered', response?.status, await response?.text?.())
  process.exit(1)
}
`
}

/** Runs a process to its end, killed after `timeoutMs`. */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }) {
  return new Promise<{ code: number | null; output: string; timedOut: boolean }>((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let timedOut = false
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, options.timeoutMs)
    child.on('error', (error) => (output += String(error)))
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output: output.trim(), timedOut })
    })
  })
}

/** Type-checks every TypeScript block, strictly, as a module of its own; returns the problems. */
export function typeCheck(blocks: Block[], scratch: string): string[] {
  const dir = path.join(scratch, 'types')
  mkdirSync(dir, { recursive: true })
  const globals = path.join(dir, 'deno-globals.d.ts')
  writeFileSync(globals, 'declare const Deno: { env: { get(name: string): string | undefined } }\n')
  const files = blocks
    .filter((block) => block.lang === 'ts' || block.lang === 'typescript')
    .map((block) => {
      const file = path.join(dir, `${blockId(block)}.ts`)
      writeFileSync(file, block.code)
      return file
    })
  const src = (sub: string) => [path.join(repoRoot, 'src', sub, 'index.ts')]
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    typeRoots: [path.join(repoRoot, 'node_modules', '@types')],
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    // src/ names its .ts files (for Deno), as tsconfig.json allows.
    allowImportingTsExtensions: true,
    paths: {
      'affiliate-fetch': src(''),
      'affiliate-fetch/*': [path.join(repoRoot, 'src', '*', 'index.ts')],
      'npm:affiliate-fetch/*': [path.join(repoRoot, 'src', '*', 'index.ts')],
    },
  }
  const program = ts.createProgram([...files, globals], options)
  if (files.length === 0) return ['no TypeScript blocks']
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
}

/** Runs one block against a fresh sandbox, as described at the top; resolves with how it ended. */
export async function runBlock(block: Block, scratch: string) {
  const sandbox = await startSandbox()
  try {
    mkdirSync(scratch, { recursive: true })
    const base = path.join(scratch, blockId(block))
    const blockFile = `${base}.${block.lang.startsWith('t') ? 'ts' : 'js'}`
    writeFileSync(blockFile, block.code)
    const isWorker = /^export default\b/m.test(block.code)
    const entry = isWorker ? `${base}.harness.mjs` : blockFile
    if (isWorker) writeFileSync(entry, workerHarness(blockFile))
    const inDeno = /from\s+['"]npm:/.test(block.code)
    const outfile = `${base}.bundle.mjs`
    await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: inDeno ? 'neutral' : 'node',
      target: 'es2022',
      outfile,
      banner: { js: preamble({ agentref: sandbox.agentrefUrl, agentclick: sandbox.agentclickUrl, agentries: sandbox.agentriesUrl }) },
      plugins: [library],
      logLevel: 'error',
    })
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      AGENTREF_API_KEY: sandbox.keys.agentref.merchant,
      AGENTCLICK_API_KEY: sandbox.keys.agentclick.agent,
      AGENTRIES_DID: sandbox.keys.agentries.did,
      AGENTRIES_PRIVATE_KEY: sandbox.keys.agentries.privateKey,
      AGENTREF_WEBHOOK_SECRET: `whsec_${randomBytes(24).toString('base64')}`,
      README_WEBHOOK: /verifyWebhook/.test(block.code) ? '1' : '0',
      DENO_DIR: path.join(scratch, 'deno-dir'),
      NO_COLOR: '1',
    }
    const [command, args] = inDeno ? [deno, ['run', '--allow-env', '--allow-net=127.0.0.1', '--no-prompt', outfile]] : [process.execPath, [outfile]]
    return await run(command, args, { cwd: scratch, env, timeoutMs: 20_000 })
  } finally {
    await sandbox.close()
  }
}

/** The two tests every source of blocks gets: all TypeScript blocks type-check, and each block runs. */
export function testBlocks(blocks: Block[], scratch: string): void {
  test('every TypeScript block type-checks as written', () => {
    expect(typeCheck(blocks, scratch)).toEqual([])
  }, 60_000)

  test.each(blocks.map((block) => [blockTitle(block), block] as const))('%s runs against the sandbox', async (_title, block) => {
    const result = await runBlock(block, scratch)
    expect(result.timedOut, `timed out:\n${result.output}`).toBe(false)
    expect(result.code, `exit ${result.code}:\n${result.output}`).toBe(0)
  }, 30_000)
}
