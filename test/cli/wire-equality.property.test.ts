// For every one of the 116 operations: a generated valid input, given to the command line as
// positionals, flags and --data, sends the same request (method, path, query, body) as calling the
// function directly with that input, on a real loopback server.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import * as agentclick from '../../src/agentclick/index.js'
import * as agentref from '../../src/agentref/index.js'
import * as agentries from '../../src/agentries/index.js'
import { commands, type Command } from '../../src/cli/command-table.js'
import { runCli } from '../../src/cli/run.js'
import { toolInputs } from '../../src/tools/generated/inputs.js'
import { callArguments } from '../../src/tools/runner/call-arguments.js'
import type { JsonSchema } from '../../src/tools/index.js'
import { type RecordServer, type Recorded, startRecordServer } from '../helpers/record-server.js'
import { valid } from '../helpers/schema-arbitrary.js'
import { RUNS } from '../properties/runs.js'
import { memoryIo } from './memory-io.js'

const KEY = 'cli-wire-key-1'
let server: RecordServer

beforeAll(async () => {
  // Answers that every reader accepts as far as it goes; the property is about what was sent.
  server = await startRecordServer((req) => ({ body: req.pathname.startsWith('/agentclick') ? { success: true, data: {} } : { data: [], meta: { total: 0, page: 1, pageSize: 20, hasMore: false } } }))
})
afterAll(() => server.close())

const env = () => ({
  AGENTREF_API_KEY: 'ak_live_wiretest',
  AGENTREF_BASE_URL: `${server.url}/agentref`,
  AGENTCLICK_API_KEY: `aa_${'0123456789abcdef'.repeat(3)}`,
  AGENTCLICK_BASE_URL: `${server.url}/agentclick`,
  AGENTRIES_TOKEN: 'a.b.c',
  AGENTRIES_BASE_URL: `${server.url}/agentries`,
})

const clientFor = (provider: Command['provider']) => {
  const e = env()
  if (provider === 'agentref') return agentref.createAgentRef({ apiKey: e.AGENTREF_API_KEY, baseUrl: e.AGENTREF_BASE_URL, maxRetries: 0 })
  if (provider === 'agentclick') return agentclick.createAgentClick({ apiKey: e.AGENTCLICK_API_KEY, baseUrl: e.AGENTCLICK_BASE_URL, maxRetries: 0 })
  return agentries.createAgentries({ token: e.AGENTRIES_TOKEN, baseUrl: e.AGENTRIES_BASE_URL, maxRetries: 0 })
}

// Checks the library makes beyond the schema: AgentClick's tracking code is 32 hex characters.
const HEX32 = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 32, maxLength: 32 })
const inputs = (command: Command): fc.Arbitrary<Record<string, unknown>> =>
  fc.tuple(valid(command.tool.inputSchema) as fc.Arbitrary<Record<string, unknown>>, HEX32).map(([input, hex]) => ('tracking_code' in input ? { ...input, tracking_code: hex } : input))

const types = (schema: JsonSchema) => (Array.isArray(schema.type) ? schema.type : [schema.type])

/** The argv that says `input`: flags for what flags can say (`--x=v`, `--x`, `--no-x`, repeated), --data for the rest, path values after `--`. */
function argvOf(command: Command, input: Record<string, unknown>, viaData: Set<string>): string[] {
  const argv = [command.provider, command.name]
  const data: Record<string, unknown> = {}
  for (const [flag, property] of command.flags) {
    if (!(property in input)) continue
    const value = input[property]
    const schema = command.tool.inputSchema.properties[property]!
    if (viaData.has(property) || (Array.isArray(value) && value.length === 0)) data[property] = value
    else if (value === null) argv.push(`--no-${flag}`)
    else if (typeof value === 'boolean' && types(schema).includes('boolean')) argv.push(value ? `--${flag}` : `--no-${flag}`)
    else if (Array.isArray(value)) for (const item of value) argv.push(`--${flag}=${String(item)}`)
    else argv.push(`--${flag}=${String(value)}`)
  }
  if (Object.keys(data).length) argv.push('--data', JSON.stringify(data))
  argv.push('--yes', ...(command.idempotent ? ['--idempotency-key', KEY] : []))
  return [...argv, '--', ...command.path.map((p) => String(input[p]))]
}

/** What the property compares: method, path, query as a sorted multiset, body as JSON. */
const wireOf = (r: Recorded | undefined) =>
  r && {
    method: r.method,
    pathname: decodeURIComponent(r.pathname),
    rawPath: r.url.split('?')[0],
    query: [...new URL(r.url, 'http://x').searchParams].map(([k, v]) => `${k}=${v}`).sort(),
    body: r.json ?? r.text,
    idempotencyKey: r.headers['idempotency-key'],
  }

describe('the command line sends what the function sends', () => {
  test.each(commands.map((c) => [`${c.provider} ${c.name}`, c] as const))('%s', async (_, command) => {
    const fn = (command.provider === 'agentref' ? agentref : command.provider === 'agentclick' ? agentclick : agentries) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>
    const properties = Object.keys(command.tool.inputSchema.properties)
    let sent = 0
    await fc.assert(
      fc.asyncProperty(inputs(command), fc.subarray(properties), async (input, viaData) => {
        const before = server.requests.length
        await fn[command.wire.function]!(clientFor(command.provider), ...callArguments(toolInputs[command.tool.name]!, input), command.idempotent ? { idempotencyKey: KEY } : undefined).catch(() => {})
        const direct = server.requests.slice(before)
        const io = memoryIo(env())
        const code = await runCli(argvOf(command, input, new Set(viaData)), io)
        const viaCli = server.requests.slice(before + direct.length)
        // Both send one request, the same one; or neither sends anything.
        expect(viaCli.length, io.err()).toBe(direct.length)
        expect(wireOf(viaCli[0])).toEqual(wireOf(direct[0]))
        if (direct.length === 0) expect(code).toBe(2)
        sent += direct.length
      }),
      { numRuns: RUNS.cliWire },
    )
    // Valid input is sent: a property where nothing ever went out would prove nothing.
    expect(sent).toBeGreaterThan(RUNS.cliWire / 2)
  })

  test('covers all 116 operations', () => {
    expect(commands).toHaveLength(116)
    expect(new Set(commands.map((c) => `${c.provider} ${c.name}`)).size).toBe(116)
  })
})
