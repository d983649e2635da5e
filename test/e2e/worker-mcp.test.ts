// worker-example's /mcp in workerd (miniflare): the MCP SDK's Client over Streamable HTTP, through
// the bearer secret, against the sandbox.
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { Miniflare } from 'miniflare'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startSandbox } from '../../src/sandbox/index.js'
import { tools } from '../../src/tools/index.js'
import { bundle, root, workerFromToml } from './worker-harness.js'
const SECRET = 'mcp-test-bearer-secret-0123456789'
let sb: Awaited<ReturnType<typeof startSandbox>>
let mf: Miniflare
let mcpUrl: URL
let client: Client

type Outcome = { content: { type: string; text: string }[]; isError?: boolean }
const body = (outcome: unknown) => JSON.parse((outcome as Outcome).content[0]!.text)

describe('worker-example /mcp in workerd', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    sb = await startSandbox({ seed: 9 })
    // The Worker as deployed: its wrangler.toml bindings (Durable Objects, queues), loaded by wrangler.
    const script = await bundle(path.join(root, 'worker-example/src/index.ts'))
    mf = new Miniflare(
      workerFromToml('mcp', script, {
        MCP_BEARER_SECRET: SECRET,
        MCP_TOOLS: 'read',
        AGENTREF_API_KEY: sb.keys.agentref.merchant,
        AGENTREF_BASE_URL: sb.agentrefUrl,
        AGENTCLICK_API_KEY: sb.keys.agentclick.agent,
        AGENTCLICK_BASE_URL: sb.agentclickUrl,
        AGENTREF_WEBHOOK_SECRET: 'whsec_cGxhY2Vob2xkZXI=',
        AGENTRIES_DID: sb.keys.agentries.did,
        AGENTRIES_PRIVATE_KEY: sb.keys.agentries.privateKey,
        AGENTRIES_BASE_URL: sb.agentriesUrl,
      }),
    )
    mcpUrl = new URL('/mcp', await mf.ready)
    client = new Client({ name: 'worker-test', version: '1.0.0' })
    await client.connect(new StreamableHTTPClientTransport(mcpUrl, { requestInit: { headers: { authorization: `Bearer ${SECRET}` } } }))
  }, 60_000)
  afterAll(async () => {
    await client?.close()
    await mf?.dispose()
    await sb?.close()
  })

  test('without the bearer secret: 401, nothing served', async () => {
    const init = { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }) }
    const none = await fetch(mcpUrl, init)
    expect([none.status, (await none.json()).result]).toEqual([401, undefined])
    const wrong = await fetch(mcpUrl, { ...init, headers: { ...init.headers, authorization: `Bearer ${SECRET}x` } })
    expect([wrong.status, wrong.headers.get('www-authenticate')]).toEqual([401, 'Bearer'])
    expect((await wrong.json()).error.message).toBe('Unauthorized')
  })

  test('listTools: the read tools of all three providers', async () => {
    const { tools: listed } = await client.listTools()
    expect(listed.map((t) => t.name)).toEqual(tools.filter((t) => t.access === 'read').map((t) => t.name))
  })

  test('a read call reaches the sandbox through workerd', async () => {
    const before = sb.requests.length
    const outcome = await client.callTool({ name: 'agentref_list_programs', arguments: { status: 'active', pageSize: 2 } })
    expect(outcome.isError).toBeFalsy()
    expect(body(outcome).data.length).toBe(2)
    expect(sb.requests.length).toBe(before + 1)
  })

  test('a write not served is a protocol error (-32602); a bad argument and an API error are tool errors', async () => {
    const before = sb.requests.length
    await expect(client.callTool({ name: 'agentclick_track_click', arguments: { partnership_id: 1 } })).rejects.toMatchObject({ code: -32602 })
    const invalid = await client.callTool({ name: 'agentclick_search_programs', arguments: { sort: 'cheapest' } })
    expect(invalid.isError).toBe(true)
    expect(body(invalid).error.message).toContain('"sort" must be one of')
    expect(sb.requests.length).toBe(before)
    const missing = await client.callTool({ name: 'agentclick_get_program', arguments: { program_id: 999999 } })
    expect(missing.isError).toBe(true)
    expect(body(missing).error).toMatchObject({ name: 'NotFoundError', status: 404 })
  })
})
