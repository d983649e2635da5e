// affiliate-fetch-mcp as a real process over stdio, driven by the MCP SDK's own Client.
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startSandbox } from '../../src/sandbox/index.js'
import { tools } from '../../src/tools/index.js'
import { VERSION } from '../../src/mcp/version.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cli = path.join(root, 'node_modules/.cache/affiliate-fetch-test/mcp-cli.mjs')

/** The CLI bundled as the package ships it; the MCP SDK stays an external peer. */
beforeAll(async () => {
  await build({ entryPoints: [path.join(root, 'src/mcp/cli.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: cli, logLevel: 'error' })
}, 60_000)

type Outcome = { content: { type: string; text: string }[]; isError?: boolean }
const body = (outcome: unknown) => JSON.parse((outcome as Outcome).content[0]!.text)

async function connect(args: string[], env: Record<string, string> = {}) {
  const transport = new StdioClientTransport({ command: process.execPath, args: [cli, ...args], env: { PATH: process.env.PATH ?? '', ...env }, stderr: 'pipe' })
  let stderr = ''
  transport.stderr?.on('data', (chunk) => (stderr += chunk))
  const client = new Client({ name: 'test', version: '1.0.0' })
  const protocolErrors: unknown[] = []
  client.onerror = (e) => protocolErrors.push(e)
  await client.connect(transport)
  return { client, protocolErrors, stderr: () => stderr }
}

describe('affiliate-fetch-mcp --sandbox over stdio', { timeout: 30_000 }, () => {
  let session: Awaited<ReturnType<typeof connect>>
  beforeAll(async () => {
    session = await connect(['--sandbox', '--tools', 'read,money'])
  }, 30_000)
  afterAll(() => session?.client.close())

  test('lists the allowed tools with their schemas and hints; says on stderr it uses the sandbox', async () => {
    const { tools: listed } = await session.client.listTools()
    const expected = tools.filter((t) => t.access === 'read' || t.access === 'money')
    expect(listed.map((t) => t.name)).toEqual(expected.map((t) => t.name))
    const payout = listed.find((t) => t.name === 'agentref_create_payout')!
    expect(payout.inputSchema).toEqual(expected.find((t) => t.name === 'agentref_create_payout')!.inputSchema)
    expect(payout.outputSchema).toEqual(expected.find((t) => t.name === 'agentref_create_payout')!.outputSchema)
    expect(payout.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true })
    expect(session.client.getServerVersion()).toEqual({ name: 'affiliate-fetch', version: VERSION })
    expect(session.stderr()).toMatch(/--sandbox: serving a fresh local sandbox at http:\/\/127\.0\.0\.1:\d+/)
  })

  test('a read call returns the API result', async () => {
    const outcome = await session.client.callTool({ name: 'agentclick_search_programs', arguments: { keyword: 'AI', per_page: 2 } })
    expect(outcome.isError).toBeFalsy()
    expect(body(outcome).programs.length).toBeGreaterThan(0)
    // Structured output beside the text (the client has already checked it against the schema).
    expect(outcome.structuredContent).toEqual(body(outcome))
  })

  test('a tool the server does not serve is a JSON-RPC error -32602, as the MCP spec names it', async () => {
    // Not allowed here (write), and not a tool at all: both are absent from tools/list.
    await expect(session.client.callTool({ name: 'agentclick_track_click', arguments: { partnership_id: 1 } })).rejects.toMatchObject({ code: -32602, message: expect.stringContaining('agentclick_track_click is not served here') })
    await expect(session.client.callTool({ name: 'agentref_no_such_tool', arguments: {} })).rejects.toMatchObject({ code: -32602, message: expect.stringContaining('Unknown tool: agentref_no_such_tool') })
    // The session goes on.
    expect((await session.client.callTool({ name: 'agentref_get_workspace_identity', arguments: {} })).isError).toBeFalsy()
  })

  test('a validation failure names the field', async () => {
    const outcome = await session.client.callTool({ name: 'agentref_list_programs', arguments: { pageSize: 'ten' } })
    expect(outcome.isError).toBe(true)
    expect(body(outcome).error.message).toContain('"pageSize" must be an integer')
  })

  test('an API error comes back as a tool error with its status', async () => {
    const outcome = await session.client.callTool({ name: 'agentref_get_program', arguments: { id: 'prg_missing' } })
    expect(outcome.isError).toBe(true)
    expect(body(outcome).error).toMatchObject({ name: 'NotFoundError', status: 404, retryable: false })
  })

  test('a payout called twice with the same _meta.toolCallId pays once', async () => {
    const owed = body(await session.client.callTool({ name: 'agentref_list_pending_affiliates', arguments: {} })).data[0]
    const call = () => session.client.callTool({ name: 'agentref_create_payout', arguments: { affiliateId: owed.affiliateId, programId: owed.programId, method: 'paypal' }, _meta: { toolCallId: 'call_42' } })
    const first = body(await call())
    const second = body(await call())
    expect(first.id).toMatch(/^pay_/)
    expect(second).toEqual(first)
    const payouts = body(await session.client.callTool({ name: 'agentref_list_payouts', arguments: { affiliateId: owed.affiliateId, programId: owed.programId } }))
    expect(payouts.data.filter((p: { id: string }) => p.id === first.id).length).toBe(1)
    expect(payouts.meta.total).toBe(1)
  })

  test('stdout carried MCP messages only', () => {
    expect(session.protocolErrors).toEqual([])
  })
})

describe('affiliate-fetch-mcp with credentials from the environment', { timeout: 30_000 }, () => {
  let sb: Awaited<ReturnType<typeof startSandbox>>
  beforeAll(async () => {
    sb = await startSandbox({ seed: 3 })
  })
  afterAll(() => sb?.close())

  test('serves the tools of the providers that have credentials, with --tools all', async () => {
    const session = await connect(['--tools', 'all'], { AGENTCLICK_API_KEY: sb.keys.agentclick.agent, AGENTCLICK_BASE_URL: sb.agentclickUrl })
    try {
      const { tools: listed } = await session.client.listTools()
      expect(listed.length).toBe(24)
      expect(listed.every((t) => t.name.startsWith('agentclick_'))).toBe(true)
      const health = await session.client.callTool({ name: 'agentclick_check_health', arguments: {} })
      expect(body(health)).toMatchObject({ status: 'ok' })
      expect(session.stderr()).toContain('no credentials for agentref, agentries')
    } finally {
      await session.client.close()
    }
  })

  test('an unknown --tools class exits 1 with a message on stderr and nothing on stdout', () => {
    const run = spawnSync(process.execPath, [cli, '--tools', 'read,admin'], { encoding: 'utf8', input: '' })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('unknown access "admin"')
    expect(run.stdout).toBe('')
  })
})

test('without the optional peer dependency, the CLI says what to install', async () => {
  // Bundled into a folder with no node_modules above it: the MCP SDK cannot be found.
  // Split like the package ships it, so the MCP part stays behind its dynamic import.
  const outdir = mkdtempSync(path.join(tmpdir(), 'af-mcp-'))
  await build({ entryPoints: { cli: path.join(root, 'src/mcp/cli.ts') }, bundle: true, splitting: true, platform: 'node', format: 'esm', outExtension: { '.js': '.mjs' }, packages: 'external', outdir, logLevel: 'error' })
  const lonely = path.join(outdir, 'cli.mjs')
  const run = spawnSync(process.execPath, [lonely], { encoding: 'utf8', input: '', cwd: path.dirname(lonely) })
  expect(run.status).toBe(1)
  expect(run.stderr).toContain('needs @modelcontextprotocol/sdk, an optional peer dependency')
  expect(run.stdout).toBe('')
}, 30_000)

test('the server reports the package version', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version)
})
