// `--record FILE` and `affiliate-fetch cassette verify FILE`, in this process with an in-memory
// terminal and file system: the in-process sandbox (--sandbox), or a loopback server.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import type { Cassette, CassetteReport } from '../../src/cassette/index.js'
import { runCli } from '../../src/cli/run.js'
import { createSandbox } from '../../src/sandbox/index.js'
import { AGENTCLICK_KEYS, AGENTREF_KEYS } from '../../src/sandbox/keys.js'
import { type RecordServer, startRecordServer } from '../helpers/record-server.js'
import { memoryIo } from './memory-io.js'

const KEY = 'ak_live_R3cQ8zW6mV2pL9tX4nB7kD5s'
let server: RecordServer
let agentriesKey: string

beforeAll(async () => {
  server = await startRecordServer()
  const sandbox = createSandbox()
  agentriesKey = sandbox.keys.agentries.privateKey
  await sandbox.close()
})
afterAll(() => server.close())
beforeEach(() => {
  server.requests.length = 0
  server.handle(() => ({ body: { data: { id: 'prg_1', name: 'One' } } }))
})

async function run(argv: string[], files: Record<string, string> = {}, env: Record<string, string> = {}) {
  const io = memoryIo(env, { files })
  const code = await runCli(argv, io)
  return { code, out: io.out(), err: io.err(), files }
}

const cassetteOf = (text: string | undefined): Cassette => JSON.parse(text!) as Cassette
const routes = (cassette: Cassette) => cassette.log.entries.map((e) => `${e.request.method} ${new URL(e.request.url).pathname} ${e.response.status}`)

/** No run of 8 characters of any secret, as it is. */
function expectNoSecret(text: string, secrets: readonly string[]) {
  for (const secret of secrets) for (let i = 0; i + 8 <= secret.length; i++) expect(text, secret).not.toContain(secret.slice(i, i + 8))
}
const SANDBOX_SECRETS = () => [...Object.values(AGENTREF_KEYS), ...Object.values(AGENTCLICK_KEYS), agentriesKey]

describe('--record FILE', () => {
  test('records a sandbox read command as a HAR cassette, no credential in it; the output is as without it', async () => {
    const { code, out, err, files } = await run(['--sandbox', '--record', 'session.har', 'agentref', 'list-programs'])
    expect(code, err).toBe(0)
    expect(JSON.parse(out).data.length).toBeGreaterThan(0)
    expect(err).toContain('recorded 1 exchange to session.har\n')
    const cassette = cassetteOf(files['session.har'])
    expect(cassette.log.version).toBe('1.2')
    expect(routes(cassette)).toEqual(['GET /api/v1/programs 200'])
    const [entry] = cassette.log.entries
    expect(entry!.request.headers.find((h) => h.name === 'authorization')?.value).toBe('[redacted]')
    expect(JSON.parse(entry!.response.content.text)).toEqual(JSON.parse(out))
    expectNoSecret(files['session.har']!, SANDBOX_SECRETS())
  })

  test('a second run appends after the entries already there; an Agentries token mint is one of the exchanges', async () => {
    const files: Record<string, string> = {}
    expect((await run(['agentref', 'list-programs', '--sandbox', '--record', 'session.har'], files)).code).toBe(0)
    const first = cassetteOf(files['session.har'])
    const second = await run(['--sandbox', '--record=session.har', 'agentries', 'list-referral-codes'], files)
    expect(second.code, second.err).toBe(0)
    expect(second.err).toContain('recorded 2 exchanges to session.har')
    const both = cassetteOf(files['session.har'])
    expect(routes(both)).toEqual(['GET /api/v1/programs 200', 'POST /api/auth/token 200', 'GET /api/referrals/code 200'])
    expect(both.log.entries[0]).toEqual(first.log.entries[0])
    // The minted token is the well-formed placeholder, its signed request hides the signature.
    expect(JSON.parse(both.log.entries[1]!.response.content.text).token).toBe('redacted.redacted.redacted')
    expect(both.log.entries[1]!.request.postData?.text).toContain('"signature":"[redacted]"')
    expect(files['session.har']).not.toMatch(/eyJ[\w-]+\./)
    expectNoSecret(files['session.har']!, SANDBOX_SECRETS())
  })

  test('appends to a HAR from elsewhere, keeping what it holds', async () => {
    const files = { 'browser.har': JSON.stringify({ log: { version: '1.2', creator: { name: 'Browser', version: '9' }, pages: [{ id: 'p' }], entries: [] } }) }
    expect((await run(['--sandbox', '--record', 'browser.har', 'agentclick', 'list-partnerships'], files)).code).toBe(0)
    const cassette = cassetteOf(files['browser.har']) as Cassette & { log: { pages: unknown } }
    expect(cassette.log.creator.name).toBe('Browser')
    expect(cassette.log.pages).toEqual([{ id: 'p' }])
    expect(routes(cassette)).toEqual(['POST /api/mcp.php 200'])
  })

  test('--all records every page', async () => {
    const { code, out, files } = await run(['--sandbox', '--record', 'all.har', 'agentref', 'list-conversions', '--all', '--page-size', '7', '--format', 'ndjson'])
    expect(code).toBe(0)
    const items = out.trim().split('\n')
    const cassette = cassetteOf(files['all.har'])
    expect(cassette.log.entries.length).toBe(Math.ceil(items.length / 7))
    expect(cassette.log.entries.length).toBeGreaterThan(1)
    expect(cassette.log.entries.slice(1).every((e) => new URL(e.request.url).searchParams.has('cursor'))).toBe(true)
  })

  test('against a server: the key is redacted wherever it comes back; a failed command is recorded too', async () => {
    const env = { AGENTREF_API_KEY: KEY, AGENTREF_BASE_URL: `${server.url}/agentref` }
    server.handle(() => ({ status: 404, headers: { 'x-echo': KEY }, body: { error: { code: 'NOT_FOUND', message: `no program for ${KEY}` } } }))
    const { code, err, files } = await run(['--record', 'failed.har', 'agentref', 'get-program', 'prg_x'], {}, env)
    expect(code).toBe(1)
    expect(err).toContain('NotFoundError 404 NOT_FOUND')
    expect(err).toContain('recorded 1 exchange to failed.har')
    expect(routes(cassetteOf(files['failed.har']))).toEqual(['GET /agentref/programs/prg_x 404'])
    expect(files['failed.har']).toContain('[redacted]')
    expectNoSecret(files['failed.har']!, [KEY])
  })

  test.each([
    ['not JSON', 'GET / HTTP/1.1'],
    ['JSON, not a HAR', '{"log":{"entries":{}}}'],
    ['an array', '[]'],
  ])('a FILE that is %s: exit 2 before anything is sent, the file untouched', async (_, text) => {
    const env = { AGENTREF_API_KEY: KEY, AGENTREF_BASE_URL: `${server.url}/agentref` }
    const files = { 'notes.txt': text }
    const { code, err } = await run(['agentref', 'list-programs', '--record', 'notes.txt'], files, env)
    expect(code).toBe(2)
    expect(err).toContain('UsageError: --record notes.txt: the file exists and is not a HAR cassette (no log.entries array); nothing was sent')
    expect(server.requests).toHaveLength(0)
    expect(files['notes.txt']).toBe(text)
  })

  test('an empty FILE becomes a new cassette; a FILE that cannot be read is exit 2', async () => {
    const files: Record<string, string> = { 'empty.har': '' }
    expect((await run(['--sandbox', '--record', 'empty.har', 'agentref', 'list-programs'], files)).code).toBe(0)
    expect(routes(cassetteOf(files['empty.har']))).toEqual(['GET /api/v1/programs 200'])
    const io = memoryIo({})
    io.readFile = async () => {
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' })
    }
    expect(await runCli(['--sandbox', '--record', 'dir', 'agentref', 'list-programs'], io)).toBe(2)
    expect(io.err()).toContain('--record dir: cannot read the file (EISDIR); nothing was sent')
  })

  test('--dry-run sends nothing, so --record writes nothing (and says so)', async () => {
    const { code, err, files } = await run(['--sandbox', '--record', 'dry.har', 'agentref', 'list-programs', '--dry-run'])
    expect(code).toBe(0)
    expect(err).toContain('--record: a dry run sends nothing, so nothing is recorded')
    expect(files).toEqual({})
  })

  test('nothing sent (a declined or refused command), nothing written; a cassette that cannot be written fails the command', async () => {
    const refused = await run(['--sandbox', '--record', 'x.har', 'agentref', 'delete-program', 'prg_1'])
    expect(refused.code).toBe(2)
    expect(refused.files).toEqual({})
    const io = memoryIo({})
    io.writeFile = async () => {
      throw Object.assign(new Error('permission denied'), { code: 'EACCES' })
    }
    expect(await runCli(['--sandbox', '--record', 'ro.har', 'agentref', 'list-programs'], io)).toBe(1)
    expect(io.err()).toContain('--record ro.har: cannot write the cassette (EACCES)')
    expect(JSON.parse(io.out()).data.length).toBeGreaterThan(0)
  })
})

describe('cassette verify FILE', () => {
  /** A cassette recorded from the sandbox: one command of each provider. */
  async function sandboxCassette(): Promise<Record<string, string>> {
    const files: Record<string, string> = {}
    for (const argv of [['agentref', 'list-programs'], ['agentref', 'get-workspace-earnings'], ['agentclick', 'list-partnerships'], ['agentries', 'get-referral-stats']]) {
      const { code, err } = await run(['--sandbox', '--record', 'session.har', ...argv], files)
      expect(code, err).toBe(0)
    }
    return files
  }

  test('a sandbox recording: exit 0, no finding but unknown-field; a summary on stderr', async () => {
    const files = await sandboxCassette()
    const { code, out, err } = await run(['cassette', 'verify', 'session.har'], files)
    expect(code, out).toBe(0)
    expect(err).toMatch(/^5 entries, (\d+) findings?: 0 type, 0 missing, \1 unknown-field, 0 unknown-operation\n$/)
    for (const line of out.split('\n').filter(Boolean)) expect(line).toMatch(/^entry \d+  \w+\.\w+  \S+  unknown-field  got \w+$/)
    const report = JSON.parse((await run(['cassette', 'verify', 'session.har', '--json'], files)).out) as CassetteReport
    expect(report.entries.map((e) => e.operation)).toEqual(['agentref.listPrograms', 'agentref.getWorkspaceEarnings', 'agentclick.listPartnerships', 'agentries.getAuthToken', 'agentries.getReferralStats'])
    expect(report.findings.every((f) => f.kind === 'unknown-field')).toBe(true)
  })

  test('a doctored cassette (a number turned string): exit 1, naming the entry, operation and path', async () => {
    const files = await sandboxCassette()
    const cassette = cassetteOf(files['session.har'])
    const content = cassette.log.entries[0]!.response.content
    const body = JSON.parse(content.text)
    body.data[0].commissionPercent = String(body.data[0].commissionPercent)
    content.text = JSON.stringify(body)
    files['session.har'] = JSON.stringify(cassette)
    const { code, out, err } = await run(['cassette', 'verify', 'session.har'], files)
    expect(code).toBe(1)
    expect(out).toContain('entry 0  agentref.listPrograms  data[0].commissionPercent  type  expected number, got string\n')
    expect(err).toMatch(/^5 entries, \d+ findings?: 1 type, 0 missing, \d+ unknown-field, 0 unknown-operation\n$/)
    const json = await run(['cassette', 'verify', '--json', 'session.har'], files)
    expect(json.code).toBe(1)
    const report = JSON.parse(json.out) as CassetteReport
    expect(report.entries).toHaveLength(5)
    expect(report.findings.filter((f) => f.kind !== 'unknown-field')).toEqual([{ entry: 0, operation: 'agentref.listPrograms', path: 'data[0].commissionPercent', kind: 'type', expected: 'number', actual: 'string' }])
  })

  test('on a terminal, a table; an unknown operation and a missing field fail too; unknown fields alone pass', async () => {
    const files = await sandboxCassette()
    const cassette = cassetteOf(files['session.har'])
    cassette.log.entries[1]!.request.url = 'https://www.agentref.co/api/v1/no-such-thing'
    const body = JSON.parse(cassette.log.entries[0]!.response.content.text)
    delete body.data[0].id
    cassette.log.entries[0]!.response.content.text = JSON.stringify(body)
    files['session.har'] = JSON.stringify(cassette)
    const io = memoryIo({ NO_COLOR: '1' }, { files, tty: true })
    expect(await runCli(['cassette', 'verify', 'session.har'], io)).toBe(1)
    expect(io.out()).toMatch(/^ENTRY\s+OPERATION\s+PATH\s+KIND\s+DETAIL\n/)
    expect(io.out()).toMatch(/\n0\s+agentref\.listPrograms\s+data\[0\]\.id\s+missing\s+expected string\n/)
    expect(io.out()).toMatch(/\n1\s+GET \/api\/v1\/no-such-thing\s+-\s+unknown-operation\n/)
    expect(io.err()).toMatch(/1 missing, \d+ unknown-field, 1 unknown-operation\n$/)
    // Only an unknown field: information, exit 0.
    const extra = cassetteOf((await sandboxCassette())['session.har'])
    extra.log.entries = [extra.log.entries[0]!]
    const listed = JSON.parse(extra.log.entries[0]!.response.content.text)
    listed.data[0].brandNewField = true
    extra.log.entries[0]!.response.content.text = JSON.stringify(listed)
    const only = await run(['cassette', 'verify', 'one.har'], { 'one.har': JSON.stringify(extra) })
    expect(only.code).toBe(0)
    expect(only.out).toBe('entry 0  agentref.listPrograms  data[0].brandNewField  unknown-field  got boolean\n')
    expect(only.err).toBe('1 entry, 1 finding: 0 type, 0 missing, 1 unknown-field, 0 unknown-operation\n')
  })

  test.each([
    [['cassette', 'verify', 'missing.har'], 'UsageError: cassette verify missing.har: cannot read the file (ENOENT)'],
    [['cassette', 'verify', 'text.har'], 'UsageError: cassette verify text.har: not a HAR cassette (not JSON)'],
    [['cassette', 'verify', 'other.json'], 'UsageError: cassette verify other.json: not a HAR cassette (no log.entries array)'],
    [['cassette', 'verify', 'broken.har'], 'UsageError: cassette verify broken.har: not a HAR cassette ('],
    [['cassette', 'verify'], 'missing FILE: usage: affiliate-fetch cassette verify FILE [--json]'],
    [['cassette', 'verify', 'a.har', 'b.har'], 'unexpected argument "b.har"'],
    [['cassette', 'verfy', 'a.har'], 'unknown command "cassette verfy"; did you mean verify?'],
    [['cassette'], 'affiliate-fetch cassette verify FILE [--json]'],
  ])('%j exits 2: %s', async (argv, message) => {
    const files = { 'text.har': 'not json', 'other.json': '{"entries":[]}', 'broken.har': '{"log":{"entries":[{"request":{"method":"GET","url":"not a url"},"response":{"status":200,"content":{"text":""}}}]}}' }
    const { code, err, out } = await run(argv, files)
    expect(err).toContain(message)
    expect([code, out]).toEqual([2, ''])
  })

  test('help: cassette --help, help cassette, and the top level', async () => {
    for (const argv of [['cassette', '--help'], ['help', 'cassette'], ['cassette', 'verify', '--help']]) {
      const { code, out } = await run(argv)
      expect(code).toBe(0)
      expect(out).toContain('affiliate-fetch cassette verify FILE [--json]')
      expect(out).toContain('1 a type, missing or unknown-operation finding')
    }
    const top = (await run(['--help'])).out
    expect(top).toMatch(/\n {2}cassette verify FILE \[--json\]\s+check a HAR cassette/)
    expect(top).toMatch(/\n {6}--record FILE\s+append the HTTP exchanges to a HAR cassette/)
    expect((await run(['agentref', 'get-program', '--help'])).out).toContain('--record')
  })

  test('commands --json lists cassette verify, under no provider', async () => {
    const list = JSON.parse((await run(['commands', '--json'])).out) as { provider: string | null; command: string }[]
    expect(list.filter((c) => c.provider === null)).toEqual([
      { provider: null, command: 'cassette verify', function: 'verifyCassette', access: 'read', retried: 'no (sends nothing)', paginated: false, description: expect.stringContaining('HAR cassette') },
    ])
  })
})
