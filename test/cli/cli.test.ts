// The command line in this process with real clients, real HTTP (a loopback server, or the
// in-process sandbox) and an in-memory terminal: help, output formats, safety, exit codes.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { commands } from '../../src/cli/command-table.js'
import { exampleOf } from '../../src/cli/help.js'
import { runCli } from '../../src/cli/run.js'
import { type RecordServer, startRecordServer } from '../helpers/record-server.js'
import { memoryIo } from './memory-io.js'

const KEY = 'ak_live_Q7mZpL2xW9vR4tK8sN3bY6cH'
let server: RecordServer
const env = (extra: Record<string, string> = {}) => ({ AGENTREF_API_KEY: KEY, AGENTREF_BASE_URL: `${server.url}/agentref`, ...extra })

beforeAll(async () => {
  server = await startRecordServer()
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
  server.handle(() => ({ body: { data: { id: 'prg_1', name: 'One' } } }))
})

async function run(argv: string[], io = memoryIo(env())) {
  const code = await runCli(argv, io)
  return { code, out: io.out(), err: io.err(), io }
}

describe('help, generated at every level', () => {
  test('the top level lists the providers and exit codes', async () => {
    const { code, out } = await run(['--help'])
    expect(code).toBe(0)
    expect(out).toMatch(/agentref\s+AgentRef/)
    expect(out).toContain('Exit codes: 0 success, 1 API or network failure, 2 usage or bad input')
  })

  test("a provider's help lists each command with its access class and one line", async () => {
    const { code, out } = await run(['agentref', '--help'])
    expect(code).toBe(0)
    for (const c of commands.filter((c) => c.provider === 'agentref')) expect(out).toMatch(new RegExp(`\\n  ${c.name}\\s+${c.tool.access}\\s`))
    expect((await run(['agentclick', '--help'])).out).toMatch(/call-action\s+write/)
    // Without --help, an incomplete command line is a usage error: help goes to stderr, exit 2.
    const bare = await run(['agentries'])
    expect([bare.code, bare.out]).toEqual([2, ''])
    expect(bare.err).toContain('affiliate-fetch agentries <command>')
    expect((await run([])).code).toBe(2)
  })

  test("a command's help gives flags with type, required, allowed values, its access, retries and an example", async () => {
    const { code, out } = await run(['agentref', 'create-payout', '--help'])
    expect(code).toBe(0)
    expect(out).toContain('affiliate-fetch agentref create-payout [flags]')
    expect(out).toMatch(/--method paypal\|bank_transfer\s+required/)
    expect(out).toMatch(/--affiliate-id string\s+required/)
    expect(out).toContain('Access: money')
    expect(out).toMatch(/Retried: yes; sends an Idempotency-Key/)
    expect(out).toContain('affiliate-fetch agentref create-payout --affiliate-id <affiliate-id> --program-id <program-id> --method paypal --yes')
  })

  test.each(commands.map((c) => [`${c.provider} ${c.name}`, c] as const))("%s: the help's example is a valid invocation (run as --dry-run)", async (_, command) => {
    const argv = exampleOf(command).split(' ').slice(1)
    const { code, out, err } = await run([...argv, '--dry-run'], memoryIo({}))
    expect(code, err).toBe(0)
    expect(out).toMatch(/^(GET|POST|PUT|PATCH|DELETE) https:\/\//)
    expect(server.requests).toHaveLength(0)
  })
})

describe('output', () => {
  test('piped JSON is one line; on a terminal it is indented; a list on a terminal is a table', async () => {
    server.handle(() => ({ body: { data: [{ id: 'prg_1', name: 'One', status: 'active' }, { id: 'prg_2', name: 'Two', status: 'paused' }], meta: { total: 2, page: 1, pageSize: 20, hasMore: false } } }))
    const piped = await run(['agentref', 'list-programs'])
    expect(piped.out.trim().split('\n')).toHaveLength(1)
    expect(JSON.parse(piped.out).data).toHaveLength(2)
    const tty = await run(['agentref', 'list-programs'], memoryIo(env(), { tty: true }))
    expect(tty.out).toMatch(/ID\s+NAME\s+STATUS/)
    expect(tty.out).toMatch(/prg_2\s+Two\s+paused/)
    expect((await run(['agentref', 'list-programs', '--json'], memoryIo(env(), { tty: true }))).out).toContain('"data": [')
    server.handle(() => ({ body: { data: { id: 'prg_1', name: 'One' } } }))
    const one = await run(['agentref', 'get-program', 'prg_1'], memoryIo(env(), { tty: true }))
    expect(one.out).toBe('{\n  "id": "prg_1",\n  "name": "One"\n}\n')
  })

  test('--format ndjson, csv and --fields', async () => {
    server.handle(() => ({ body: { data: [{ id: 'p1', name: 'A, "quoted"', meta: { tier: 'x' } }, { id: 'p2', name: '=SUM(A1)', meta: { tier: 'y' } }], meta: { total: 2, page: 1, pageSize: 20, hasMore: false } } }))
    const ndjson = await run(['agentref', 'list-programs', '--format', 'ndjson', '--fields', 'id,meta.tier'])
    expect(ndjson.out).toBe('{"id":"p1","meta.tier":"x"}\n{"id":"p2","meta.tier":"y"}\n')
    const csv = await run(['agentref', 'list-programs', '--format=csv', '--fields', 'id,name'])
    // RFC 4180 quoting; a formula-looking text is defused for spreadsheets.
    expect(csv.out).toBe('id,name\r\np1,"A, ""quoted"""\r\np2,\'=SUM(A1)\r\n')
    expect((await run(['agentref', 'list-programs', '--format', 'yaml'])).code).toBe(2)
  })

  test('--all streams every page; JSON stays one well-formed array', async () => {
    server.handle((req) => {
      const page = Number(new URL(req.url, 'http://x').searchParams.get('page') ?? 1)
      return { body: { data: [{ id: `p${page}a` }, { id: `p${page}b` }], meta: { total: 6, page, pageSize: 2, hasMore: page < 3 } } }
    })
    const json = await run(['agentref', 'list-programs', '--all'])
    expect(JSON.parse(json.out).map((p: { id: string }) => p.id)).toEqual(['p1a', 'p1b', 'p2a', 'p2b', 'p3a', 'p3b'])
    expect(server.requests).toHaveLength(3)
    expect(json.err).toBe('') // no progress line off a terminal
    const csv = await run(['agentref', 'list-programs', '--all', '--format', 'csv'])
    expect(csv.out.split('\r\n').filter(Boolean)).toEqual(['id', 'p1a', 'p1b', 'p2a', 'p2b', 'p3a', 'p3b'])
    const tty = await run(['agentref', 'list-programs', '--all', '--format', 'ndjson'], memoryIo(env(), { tty: true }))
    expect(tty.err).toMatch(/pages 3, items 6, \d+\.\d s\n$/)
    expect((await run(['agentref', 'get-program', 'x', '--all'])).code).toBe(2)
  })

  test('Ctrl-C during --all stops after the current page: the JSON written is complete, exit 130', async () => {
    server.handle((req) => {
      const page = Number(new URL(req.url, 'http://x').searchParams.get('page') ?? 1)
      return { delay: page === 1 ? 0 : 200, body: { data: [{ id: `p${page}` }], meta: { total: 100, page, pageSize: 1, hasMore: true } } }
    })
    let io: ReturnType<typeof memoryIo>
    io = memoryIo(env(), { onWrite: (t) => t.includes('p1') && setTimeout(() => io.interrupt(), 20) })
    const { code, out, err } = await run(['agentref', 'list-programs', '--all'], io)
    expect(code).toBe(130)
    expect(JSON.parse(out)).toEqual([{ id: 'p1' }])
    expect(err).toContain('Interrupted')
  })
})

describe('safety', () => {
  test('off a terminal a money command needs --yes: exit 2, nothing sent', async () => {
    const { code, err } = await run(['agentref', 'create-payout', '--affiliate-id', 'a', '--program-id', 'p', '--method', 'paypal'])
    expect(code).toBe(2)
    expect(err).toContain('--yes is required when not running interactively; nothing was sent')
    expect(server.requests).toHaveLength(0)
  })

  test('on a terminal it asks, showing provider, command, where and the parameters; only yes runs it', async () => {
    const no = await run(['agentref', 'delete-program', 'prg_9'], memoryIo(env(), { tty: true, answers: ['n'] }))
    expect(no.code).toBe(2)
    expect(no.err).toContain(`agentref delete-program deletes, blocks or disables something (destructive), at ${server.url}/agentref, with:\n  id: "prg_9"`)
    expect(no.io.asked).toEqual(['Run it? [y/N] '])
    expect(server.requests).toHaveLength(0)
    const yes = await run(['agentref', 'delete-program', 'prg_9'], memoryIo(env(), { tty: true, answers: ['yes'] }))
    expect(yes.code).toBe(0)
    expect(server.requests.map((r) => `${r.method} ${r.pathname}`)).toEqual(['DELETE /agentref/programs/prg_9'])
  })

  test('a generated Idempotency-Key is printed to stderr with the flag that reruns safely; a given one is sent', async () => {
    const first = await run(['agentref', 'create-payout', '--affiliate-id', 'a', '--program-id', 'p', '--method', 'paypal', '--yes'])
    const key = /Idempotency-Key: (cli-[\w-]+) \(to rerun this command safely, add --idempotency-key \1\)/.exec(first.err)?.[1]
    expect(key).toBeDefined()
    expect(server.requests[0]!.headers['idempotency-key']).toBe(key)
    await run(['agentref', 'create-payout', '--affiliate-id', 'a', '--program-id', 'p', '--method', 'paypal', '--yes', '--idempotency-key', key!])
    expect(server.requests[1]!.headers['idempotency-key']).toBe(key)
    expect((await run(['agentref', 'get-program', 'x', '--idempotency-key', 'k'])).code).toBe(2)
  })

  test('--dry-run prints the request with the credential as [redacted] and sends nothing', async () => {
    const { code, out } = await run(['agentref', 'create-coupon', 'prg_1', '--affiliate-id', 'aff_1', '--code', 'SAVE10', '--dry-run'])
    expect(code).toBe(0)
    expect(out).toMatch(new RegExp(`^POST ${server.url}/agentref/programs/prg_1/coupons\\n`))
    expect(out).toContain('authorization: Bearer [redacted]\n')
    expect(out).toMatch(/idempotency-key: cli-/)
    expect(out).toContain('"code": "SAVE10"')
    const json = JSON.parse((await run(['agentref', 'get-program', 'p 1', '--dry-run', '--json'])).out)
    expect(json).toMatchObject({ dryRun: true, method: 'GET', url: `${server.url}/agentref/programs/p%201`, headers: { authorization: 'Bearer [redacted]' } })
    expect(server.requests).toHaveLength(0)
  })
})

describe('input', () => {
  test('typed flags, --no-x, repeated arrays, --data from JSON, a file and stdin; flags win over --data', async () => {
    await run(['agentref', 'create-social-post', 'prg_1', '--title', 'T', '--body', 'B', '--platforms', 'x', '--platforms', 'linkedin', '--no-description', '--data', '{"title":"from data","status":"draft"}', '--yes'])
    expect(server.requests[0]!.json).toEqual({ title: 'T', body: 'B', platforms: ['x', 'linkedin'], description: null, status: 'draft' })
    await run(['agentref', 'update-program', 'prg_1', '--data', '@p.json', '--no-auto-approve-affiliates', '--yes'], memoryIo(env(), { files: { 'p.json': '{"commissionPercent": 25}' } }))
    expect(server.requests[1]!.json).toEqual({ commissionPercent: 25, autoApproveAffiliates: false })
    await run(['agentref', 'update-program', 'prg_1', '--data', '-', '--yes'], memoryIo(env(), { stdin: '{"name":"piped"}' }))
    expect(server.requests[2]!.json).toEqual({ name: 'piped' })
  })

  test.each([
    [['agentref', 'list-programs', '--page-size', 'ten'], '--page-size must be an integer, got "ten"'],
    [['agentref', 'list-programs', '--page-sise', '5'], 'unknown flag --page-sise; did you mean --page-size?'],
    [['agentref', 'list-programs', '--limit', '500'], '--limit must be at most 100'],
    [['agentref', 'get-program'], 'missing <id>'],
    [['agentref', 'get-program', 'a', 'b'], 'unexpected argument "b"'],
    [['agentref', 'create-payout', '--affiliate-id', 'a', '--yes'], '--program-id is required'],
    [['agentref', 'update-program', 'p', '--data', '{nope', '--yes'], '--data is not valid JSON'],
    [['agentref', 'update-program', 'p', '--data', '@missing.json', '--yes'], 'cannot read the file (ENOENT)'],
    [['agentref', 'list-progams'], 'did you mean list-programs?'],
    [['agentrf', 'list-programs'], 'did you mean agentref?'],
  ])('%j exits 2 before anything is sent: %s', async (argv, message) => {
    const { code, err } = await run(argv)
    expect(err).toContain(message)
    expect(code).toBe(2)
    expect(server.requests).toHaveLength(0)
  })
})

describe('exit codes and error lines', () => {
  test.each([
    [500, { error: { code: 'INTERNAL', message: 'boom' } }, 1, 'ServerError 500 INTERNAL: boom'],
    [404, { error: { code: 'NOT_FOUND', message: 'Program not found' } }, 1, 'NotFoundError 404 NOT_FOUND: Program not found'],
    [401, { error: { code: 'UNAUTHORIZED', message: 'bad key' } }, 4, 'AuthError 401 UNAUTHORIZED: bad key'],
    [403, { error: { code: 'FORBIDDEN', message: 'wrong scope' } }, 4, 'ForbiddenError 403 FORBIDDEN: wrong scope'],
    [429, { error: { code: 'RATE_LIMITED', message: 'slow down' } }, 1, 'RateLimitError 429 RATE_LIMITED'],
  ])('HTTP %i → exit %i', async (status, body, exit, line) => {
    server.handle(() => ({ status, body, headers: { 'retry-after': '0' } }))
    const { code, err, out } = await run(['agentref', 'get-program', 'p'])
    expect(code).toBe(exit)
    expect(err).toContain(line)
    expect(out).toBe('')
    const json = await run(['agentref', 'get-program', 'p', '--json'])
    expect(JSON.parse(json.err).error).toMatchObject({ status })
  })

  test('no credential: exit 4; a network failure: exit 1', async () => {
    expect((await run(['agentref', 'list-programs'], memoryIo({}))).code).toBe(4)
    expect((await run(['agentclick', 'list-partnerships'], memoryIo({ AGENTCLICK_API_KEY: 'too-short' }))).code).toBe(4)
    const down = await run(['agentref', 'get-program', 'p'], memoryIo({ AGENTREF_API_KEY: KEY, AGENTREF_BASE_URL: 'http://127.0.0.1:9' }))
    expect(down.code).toBe(1)
    expect(down.err).toMatch(/^ConnectionError/)
  })
})

describe('the credential is never printed', () => {
  test('not by --dry-run, --verbose, doctor or an error, even when the server echoes it back', async () => {
    server.handle(() => ({ status: 400, headers: { 'x-request-id': KEY }, body: { error: { code: 'BAD', message: `key ${KEY} and ${encodeURIComponent(KEY)} rejected` }, echo: KEY } }))
    const outputs: string[] = []
    for (const argv of [
      ['agentref', 'create-payout', '--affiliate-id', 'a', '--program-id', 'p', '--method', 'paypal', '--dry-run'],
      ['agentref', 'get-program', 'p', '--verbose'],
      ['agentref', 'get-program', 'p', '--json'],
      ['doctor'],
      ['doctor', '--json'],
    ]) {
      const { out, err } = await run(argv)
      outputs.push(out, err)
    }
    // In results too: as it is, percent-encoded, JSON-escaped.
    const percent = [...KEY].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')
    const escaped = [...KEY].map((c) => `\\u00${c.charCodeAt(0).toString(16)}`).join('')
    server.handle(() => ({ body: `{"data":{"id":"p","note":"${KEY}","link":"https://x.test/?k=${percent}","raw":"${escaped}"}}`, headers: { 'content-type': 'application/json' } }))
    for (const format of ['json', 'ndjson', 'csv', 'table']) {
      const ok = await run(['agentref', 'get-program', 'p', '--format', format])
      expect(ok.code).toBe(0)
      outputs.push(ok.out, ok.err)
    }
    const all = outputs.join('\n')
    expect(all).toContain('[redacted]')
    const decoded = all.replace(/%([\da-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\u([\da-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    for (let i = 0; i + 8 <= KEY.length; i++) expect(decoded).not.toContain(KEY.slice(i, i + 8))
  })
})

describe('sandbox, doctor and the catalogue', () => {
  test('--sandbox runs a command in process and says so on stderr', async () => {
    const { code, out, err } = await run(['--sandbox', 'agentref', 'list-programs', '--fields', 'id,status', '--format', 'csv'], memoryIo({}))
    expect(code).toBe(0)
    expect(out.split('\r\n')[0]).toBe('id,status')
    expect(err).toContain('--sandbox: an in-process sandbox with its demo keys (AgentRef merchant key); nothing real is called')
    // An affiliate command gets the affiliate key.
    expect((await run(['agentref', 'get-workspace-earnings', '--sandbox'], memoryIo({}))).code).toBe(0)
  })

  test('doctor --sandbox checks all three providers and passes', async () => {
    const { code, out } = await run(['doctor', '--sandbox', '--json'], memoryIo({}))
    const checks = JSON.parse(out) as { provider: string; check: string; result: string }[]
    expect(code).toBe(0)
    expect(new Set(checks.map((c) => c.provider))).toEqual(new Set(['agentref', 'agentclick', 'agentries']))
    expect(checks.every((c) => c.result === 'pass')).toBe(true)
    expect(checks.map((c) => `${c.provider} ${c.check}`)).toEqual(expect.arrayContaining(['agentref clock', 'agentries GET /api/referrals/stats (getReferralStats)', 'agentclick common.api_key_info (getApiKeyInfo)']))
  })

  test('doctor fails on a refused credential and with none at all', async () => {
    server.handle(() => ({ status: 401, body: { error: { code: 'UNAUTHORIZED', message: 'no' } } }))
    const refused = await run(['doctor'])
    expect(refused.code).toBe(1)
    expect(refused.out).toMatch(/agentref\s+GET \/me \(getWorkspaceIdentity\)\s+fail\s+AuthError 401/)
    expect((await run(['doctor'], memoryIo({}))).code).toBe(4)
    // A key the client refuses by its form fails the credential row, with the client's reason.
    const malformed = JSON.parse((await run(['doctor', '--json'], memoryIo({ AGENTCLICK_API_KEY: 'aa_short' }))).out)
    expect(malformed).toEqual([{ provider: 'agentclick', check: 'credential', result: 'fail', detail: expect.stringContaining('CredentialMissing: AgentClick: apiKey') }])
  })

  test('commands --json lists 117 commands; schema prints both schemas', async () => {
    const list = JSON.parse((await run(['commands', '--json'])).out)
    expect(list.filter((c: { provider: string | null }) => c.provider !== null)).toHaveLength(117)
    expect(list.find((c: { command: string }) => c.command === 'create-payout')).toMatchObject({ provider: 'agentref', function: 'createPayout', access: 'money', retried: 'yes', paginated: false })
    expect(list.find((c: { command: string }) => c.command === 'list-conversions')).toMatchObject({ paginated: true })
    const schema = JSON.parse((await run(['schema', 'agentclick', 'track-click'])).out)
    expect(schema.input.required).toEqual(['partnership_id'])
    expect(schema.output.type).toBe('object')
    expect((await run(['schema', 'agentclick', 'track-clik'])).err).toContain('did you mean track-click?')
  })
})
