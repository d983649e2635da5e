// The command line as its own process, bundled as one file the way the package ships it, on Node,
// Deno and Bun, with no terminal (pipes only); and once on a pseudo-terminal (util-linux
// `script`) for the confirmation prompt.
import { build } from 'esbuild'
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { type RecordServer, startRecordServer } from '../helpers/record-server.js'
import { commandFor, root, SERVER_RUNTIMES, type ServerRuntime } from '../sandbox/cli-process.js'

const KEY = 'ak_live_P4kR8mW2zX6nB9qT3vL7'
let bundle: string
let server: RecordServer

beforeAll(async () => {
  bundle = path.join(mkdtempSync(path.join(tmpdir(), 'af-cmd-')), 'affiliate-fetch.mjs')
  await build({ entryPoints: [path.join(root, 'src/cli/main.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' })
  server = await startRecordServer()
}, 60_000)
afterAll(() => server?.close())
beforeEach(() => {
  server.requests.length = 0
  server.handle(() => ({ body: { data: { id: 'prg_1' } } }))
})

interface Ran {
  code: number | null
  out: string
  err: string
}

/** Runs the bundled command line on a runtime, stdin and stdout as pipes; `onOut` sees stdout as it comes. */
function runOn(runtime: ServerRuntime, args: string[], options: { env?: Record<string, string>; stdin?: string; onOut?: (text: string, child: ReturnType<typeof spawn>) => void } = {}): Promise<Ran> {
  const [command, base] = commandFor(runtime, bundle)
  // --record writes its file: on Deno, that is a permission of its own (users run `deno run -A`).
  const prefix = runtime === 'deno' ? [base[0]!, '--allow-write', ...base.slice(1)] : base
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1', ...options.env }
  const child = spawn(command, [...prefix, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env })
  let out = ''
  let err = ''
  child.stdout!.on('data', (chunk) => {
    out += chunk
    options.onOut?.(out, child)
  })
  child.stderr!.on('data', (chunk) => (err += chunk))
  child.stdin!.end(options.stdin ?? '')
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err })))
}

const serverEnv = () => ({ AGENTREF_API_KEY: KEY, AGENTREF_BASE_URL: `${server.url}/agentref` })

describe.each(SERVER_RUNTIMES)('on %s, no terminal', (runtime) => {
  test('--sandbox --all --format ndjson streams every conversion; stderr says sandbox, and shows no progress off a terminal', async () => {
    const { code, out, err } = await runOn(runtime, ['--sandbox', 'agentref', 'list-conversions', '--all', '--format', 'ndjson', '--page-size', '7'])
    expect(code, err).toBe(0)
    const items = out.trim().split('\n').map((line) => JSON.parse(line))
    expect(items.length).toBeGreaterThan(20)
    expect(new Set(items.map((c) => c.id)).size).toBe(items.length)
    expect(err).toBe('--sandbox: an in-process sandbox with its demo keys (AgentRef merchant key); nothing real is called\n')
  }, 60_000)

  test('--record writes a HAR file on disk, appended to on the next run; cassette verify reads it', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'af-record-')), 'session.har')
    const first = await runOn(runtime, ['--sandbox', '--record', file, 'agentref', 'list-programs'])
    expect(first.code, first.err).toBe(0)
    expect(first.err).toContain(`recorded 1 exchange to ${file}\n`)
    const second = await runOn(runtime, ['agentref', 'get-program', 'prg_1', '--record', file], { env: serverEnv() })
    expect(second.code, second.err).toBe(0)
    const text = readFileSync(file, 'utf8')
    const cassette = JSON.parse(text) as { log: { entries: { request: { method: string; url: string } }[] } }
    expect(cassette.log.entries.map((e) => `${e.request.method} ${new URL(e.request.url).pathname}`)).toEqual(['GET /api/v1/programs', 'GET /agentref/programs/prg_1'])
    for (let i = 0; i + 8 <= KEY.length; i++) expect(text).not.toContain(KEY.slice(i, i + 8))
    // The loopback answer ({ id } only) lacks fields our schema requires: a finding that fails.
    const verified = await runOn(runtime, ['cassette', 'verify', file, '--json'])
    expect(verified.code, verified.err).toBe(1)
    const report = JSON.parse(verified.out) as { entries: unknown[]; findings: { entry: number; kind: string }[] }
    expect(report.entries).toHaveLength(2)
    expect(report.findings.filter((f) => f.kind !== 'unknown-field').every((f) => f.entry === 1 && f.kind === 'missing')).toBe(true)
    expect(verified.err).toMatch(/^2 entries, \d+ findings: 0 type, [1-9]\d* missing, \d+ unknown-field, 0 unknown-operation\n$/)
  }, 60_000)

  test('a money command without --yes exits 2 and sends nothing; with --yes and --data - it runs', async () => {
    const refused = await runOn(runtime, ['agentref', 'create-payout', '--affiliate-id', 'a', '--program-id', 'p', '--method', 'paypal'], { env: serverEnv() })
    expect(refused.code).toBe(2)
    expect(refused.err).toContain('--yes is required when not running interactively')
    expect(server.requests).toHaveLength(0)
    const ran = await runOn(runtime, ['agentref', 'create-payout', '--data', '-', '--yes'], { env: serverEnv(), stdin: '{"affiliateId":"a","programId":"p","method":"paypal"}' })
    expect(ran.code, ran.err).toBe(0)
    expect(server.requests.map((r) => r.json)).toEqual([{ affiliateId: 'a', programId: 'p', method: 'paypal' }])
    expect(ran.err).toMatch(/Idempotency-Key: cli-[\w-]+ \(to rerun this command safely, add --idempotency-key cli-/)
    expect(JSON.parse(ran.out)).toEqual({ id: 'prg_1' })
  }, 60_000)

  test('exit codes: 4 for a refused or missing credential, 1 for a server error, 2 for bad input; the key is never printed', async () => {
    server.handle(() => ({ status: 401, headers: { 'x-request-id': KEY }, body: { error: { code: 'UNAUTHORIZED', message: `bad key ${KEY}` } } }))
    const refused = await runOn(runtime, ['agentref', 'get-program', 'p'], { env: serverEnv() })
    expect([refused.code, refused.out]).toEqual([4, ''])
    expect(refused.err).toMatch(/^AuthError 401 UNAUTHORIZED: bad key \[redacted\]/)
    server.handle(() => ({ status: 500, body: { error: { code: 'DOWN', message: 'down' } } }))
    const failed = await runOn(runtime, ['agentref', 'get-program', 'p', '--json'], { env: serverEnv() })
    expect(failed.code).toBe(1)
    expect(JSON.parse(failed.err).error).toMatchObject({ name: 'ServerError', status: 500, code: 'DOWN' })
    expect((await runOn(runtime, ['agentref', 'list-programs'])).code).toBe(4)
    const bad = await runOn(runtime, ['agentref', 'list-programs', '--limit', 'many'], { env: serverEnv() })
    expect([bad.code, bad.err]).toEqual([2, 'UsageError: --limit must be an integer, got "many"\n'])
    const dry = await runOn(runtime, ['agentref', 'create-payout', '--affiliate-id', 'a', '--program-id', 'p', '--method', 'paypal', '--dry-run'], { env: serverEnv() })
    expect(dry.code).toBe(0)
    const printed = [refused, failed, dry].map((r) => r.out + r.err).join('\n')
    for (let i = 0; i + 8 <= KEY.length; i++) expect(printed).not.toContain(KEY.slice(i, i + 8))
  }, 90_000)

  test('Ctrl-C (SIGINT) during --all: what was written is one well-formed JSON array, exit 130', async () => {
    server.handle((req) => {
      const page = Number(new URL(req.url, 'http://x').searchParams.get('page') ?? 1)
      return { delay: page === 1 ? 0 : 1000, body: { data: [{ id: `p${page}` }], meta: { total: 50, page, pageSize: 1, hasMore: true } } }
    })
    let sent = false
    const { code, out } = await runOn(runtime, ['agentref', 'list-programs', '--all'], {
      env: serverEnv(),
      onOut: (text, child) => {
        if (!sent && text.includes('p1')) {
          sent = true
          child.kill('SIGINT')
        }
      },
    })
    expect(code).toBe(130)
    expect(JSON.parse(out)).toEqual([{ id: 'p1' }])
  }, 60_000)
})

describe('on a terminal (a pseudo-terminal from util-linux script)', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0

  /** Runs the command line inside `script`, answering the prompt with `answer` once it shows. */
  function onTerminal(args: string[], answer: string): Promise<Ran> {
    const line = [process.execPath, bundle, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
    const child = spawn('script', ['-qec', line, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...serverEnv(), NO_COLOR: '1', TERM: 'dumb' } })
    let out = ''
    let answered = false
    child.stdout!.on('data', (chunk) => {
      out += chunk
      if (!answered && out.includes('Run it? [y/N]')) {
        answered = true
        child.stdin!.write(`${answer}\r`)
      }
    })
    return new Promise((resolve) => child.on('close', (code) => resolve({ code, out, err: '' })))
  }

  test('a destructive command asks, showing where and what; "y" runs it, anything else sends nothing', async () => {
    // util-linux is part of every Debian image; without it this test cannot do its work, so it fails.
    expect(hasScript, 'util-linux `script` is missing').toBe(true)
    const no = await onTerminal(['agentref', 'delete-program', 'prg_7'], 'n')
    expect(no.out).toContain(`agentref delete-program deletes, blocks or disables something (destructive), at ${server.url}/agentref, with:`)
    expect(no.out).toContain('id: "prg_7"')
    expect(no.out).toContain('Not run: nothing was sent.')
    expect(no.code).toBe(2)
    expect(server.requests).toHaveLength(0)
    const yes = await onTerminal(['agentref', 'delete-program', 'prg_7'], 'y')
    expect(yes.code).toBe(0)
    expect(server.requests.map((r) => `${r.method} ${r.pathname}`)).toEqual(['DELETE /agentref/programs/prg_7'])
    // On a terminal, JSON is indented.
    expect(yes.out).toContain('{\r\n  "id": "prg_1"\r\n}')
  }, 60_000)
})
