// examples/testing/ as docs/testing.md shows it. The committed cassette is what
// record-fixture.mjs records today (past timestamps and request ids aside); the Deno tests pass
// with the network denied and type-check; a stale cassette fails both the Deno tests and the
// Worker; the page's excerpts are the files' code. The Worker test itself runs in the `examples`
// vitest project.
import { build, type Plugin } from 'esbuild'
import { Miniflare } from 'miniflare'
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, expect, test } from 'vitest'
import type { Cassette } from '../../src/cassette/index.js'
import { denoBin as deno, ensureBuilt, repoRoot } from '../helpers/built.js'

const dir = path.join(repoRoot, 'examples/testing')
const scratch = path.join(repoRoot, '.tmp', 'examples-testing')
const readCassette = (file: string): Cassette => JSON.parse(readFileSync(file, 'utf8'))
const fixtureFile = path.join(dir, 'fixtures/session.har')

beforeAll(() => {
  ensureBuilt()
  mkdirSync(scratch, { recursive: true })
}, 120_000)

/** Runs a process to its end (killed after `timeoutMs`), with only what Deno needs in its environment. */
function run(command: string, args: string[], timeoutMs = 60_000) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, DENO_DIR: path.join(scratch, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' }
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', (error) => (output += String(error)))
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, output: output.trim() })
    })
  })
}

/** A cassette without what differs from run to run: times, dates, request ids, the token's expiry. */
function comparable(cassette: Cassette): unknown {
  const json = (text: string | undefined): unknown => {
    try {
      return text === undefined ? undefined : JSON.parse(text)
    } catch {
      return text
    }
  }
  const timeless = (value: unknown): unknown =>
    typeof value === 'number' && Number.isInteger(value) && value >= 1e9
      ? '<epoch>'
      : typeof value === 'string'
        ? value
            .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z|\b\d{10}(?:\d{3})?\b/g, '<time>')
            .replace(/\breq_[0-9a-z]+/g, 'req_<id>')
        : Array.isArray(value)
          ? value.map(timeless)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, timeless(inner)]))
            : value
  return cassette.log.entries.map(({ request, response }) =>
    timeless({
      request: { method: request.method, url: request.url, headers: request.headers, body: json(request.postData?.text) },
      response: { status: response.status, headers: response.headers.filter((h) => h.name.toLowerCase() !== 'date'), body: json(response.content.text) },
    }),
  )
}

/** The fixture as it would be if the code sent `status=paused` now: what a stale cassette looks like. */
function writeStaleFixture(file: string): void {
  const cassette = readCassette(fixtureFile)
  const request = cassette.log.entries[0]!.request
  expect(request.url).toContain('status=active')
  request.url = request.url.replace('status=active', 'status=paused')
  request.queryString = [{ name: 'status', value: 'paused' }]
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(cassette))
}

const STALE = /CassetteMissError: no recorded answer for GET https:\/\/www\.agentref\.co\/api\/v1\/programs\?status=active\. Nearest: entry 0, .*; query "status": recorded \["paused"\], sent \["active"\]/

test('the committed cassette is what record-fixture.mjs records now (else: run it, and commit the file)', async () => {
  const { recordSession, fixtureFile: written } = await import('../../examples/testing/record-fixture.mjs')
  expect(written).toBe(fixtureFile)
  expect(comparable(await recordSession())).toEqual(comparable(readCassette(fixtureFile)))
})

test('the committed cassette holds no credential, and its Agentries token is the placeholder', () => {
  const text = readFileSync(fixtureFile, 'utf8')
  expect(text).not.toMatch(/ak_live_|ak_aff_|ak_onb_|aa_[0-9a-f]{20}|eyJ|whsec_/)
  expect(text).toContain('"token\\":\\"redacted.redacted.redacted\\"')
})

test('the Deno tests pass with the network denied', async () => {
  const { code, output } = await run(deno, ['test', '--no-check', '--deny-net', '--allow-read', 'examples/testing/deno.test.ts'])
  expect(code, output).toBe(0)
  expect(output).toMatch(/ok \| 5 passed \| 0 failed/)
}, 60_000)

test('deno.test.ts type-checks against the package (its source, as JSR serves it)', async () => {
  // Deno does not type-check dist/ reached by the package's own name (its .d.ts files import
  // `.js` chunks), so the names are mapped to jsr.json's exports, as a JSR user's are.
  const { exports } = JSON.parse(readFileSync(path.join(repoRoot, 'jsr.json'), 'utf8')) as { exports: Record<string, string> }
  const imports = Object.fromEntries(Object.entries(exports).map(([key, file]) => [`affiliate-fetch${key.slice(1)}`, path.relative(scratch, path.join(repoRoot, file)).split(path.sep).join('/')]))
  const map = path.join(scratch, 'import-map.json')
  writeFileSync(map, JSON.stringify({ imports }, null, 2))
  const { code, output } = await run(deno, ['check', `--import-map=${map}`, 'examples/testing/deno.test.ts'])
  expect(code, output).toBe(0)
}, 60_000)

test('a stale cassette fails the Deno tests, naming what differed', async () => {
  const copy = path.join(scratch, 'stale')
  cpSync(path.join(dir, 'deno.test.ts'), path.join(copy, 'deno.test.ts'))
  writeStaleFixture(path.join(copy, 'fixtures/session.har'))
  const { code, output } = await run(deno, ['test', '--no-check', '--deny-net', '--allow-read', path.relative(repoRoot, path.join(copy, 'deno.test.ts'))])
  expect(code, output).not.toBe(0)
  expect(output).toMatch(STALE)
}, 60_000)

test('a stale cassette fails the Worker, naming what differed', async () => {
  const stale = path.join(scratch, 'stale-worker/session.har')
  writeStaleFixture(stale)
  const swap: Plugin = { name: 'stale-cassette', setup: (b) => b.onResolve({ filter: /\/session\.har$/ }, () => ({ path: stale })) }
  const bundle = await build({
    entryPoints: [path.join(dir, 'worker/replay-worker.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    loader: { '.har': 'json' },
    plugins: [swap],
    write: false,
    logLevel: 'error',
  })
  const mf = new Miniflare({ modules: true, script: bundle.outputFiles[0]!.text, compatibilityDate: '2025-01-01', bindings: { AGENTREF_API_KEY: 'ak_live_replayed' } })
  try {
    const response = await mf.dispatchFetch('http://worker.test/programs')
    expect(response.status).toBe(500)
    expect(await response.text()).toMatch(STALE)
  } finally {
    await mf.dispose()
  }
}, 60_000)

test("docs/testing.md shows the examples' code as it is in the files", () => {
  const page = readFileSync(path.join(repoRoot, 'docs/testing.md'), 'utf8')
  const excerpts = [...page.matchAll(/^```[a-z]+\n\/\/ (examples\/testing\/\S+)\n([\s\S]*?)^```$/gm)]
  expect(excerpts.map((m) => m[1])).toEqual(expect.arrayContaining(['examples/testing/worker/worker.js', 'examples/testing/worker/replay-worker.js', 'examples/testing/worker/worker.test.ts', 'examples/testing/deno.test.ts']))
  for (const [, file, code] of excerpts) expect(readFileSync(path.join(repoRoot, file!), 'utf8'), `${file} no longer holds the page's excerpt`).toContain(code)
  // Every file the page links exists.
  for (const [, link] of page.matchAll(/\]\(\.\.\/([^)#]+)(?:#[^)]*)?\)/g)) expect(existsSync(path.join(repoRoot, link!)), link).toBe(true)
})
