// worker-example's second entry (src/sandbox-worker.ts, wrangler.sandbox.toml): the sandbox served
// from a Worker, in workerd (miniflare). Two isolates of the Worker reach one sandbox: its state
// lives in the SharedSandbox Durable Object. The clients talk to it over HTTP, as a team would.
import { Miniflare } from 'miniflare'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAgentClick, searchPrograms } from '../../src/agentclick/index.js'
import { ConflictError, createAgentRef, createProgram, listPrograms, paginate } from '../../src/agentref/index.js'
import { createAgentries, createReferralCode } from '../../src/agentries/index.js'
import { bundle, type Edge, root, workerFromToml } from './worker-harness.js'

const toml = path.join(root, 'worker-example/wrangler.sandbox.toml')
let mf: Miniflare

/** A fetch into one isolate of the Worker (`edge-0` or `edge-1`), for the clients' `fetch` option. */
const through = (name: string): typeof fetch => async (input, init) => {
  const worker = (await mf.getWorker(name)) as unknown as Edge
  const request = new Request(input, init)
  const response = await worker.fetch(request.url, { method: request.method, headers: [...request.headers], body: request.body ? await request.text() : undefined })
  return new Response(await response.text(), { status: response.status, headers: [...response.headers] })
}

beforeAll(async () => {
  const script = await bundle(path.join(root, 'worker-example/src/sandbox-worker.ts'))
  const first = workerFromToml('edge-0', script, { SANDBOX_SEED: '4' }, toml)
  const second = { ...workerFromToml('edge-1', script, { SANDBOX_SEED: '4' }, toml), durableObjects: { SANDBOX: { className: 'SharedSandbox', scriptName: 'edge-0' } } }
  mf = new Miniflare({ workers: [first, second] })
  await mf.ready
}, 60_000)
afterAll(() => mf?.dispose())

describe('the sandbox served from a Worker', () => {
  it('GET / lists the base URLs on the Worker and the seeded keys', async () => {
    const index = await (await through('edge-0')('https://sandbox.example/')).json()
    expect(index).toMatchObject({ agentrefUrl: 'https://sandbox.example/agentref/api/v1', agentclickUrl: 'https://sandbox.example/agentclick/api/mcp.php', agentriesUrl: 'https://sandbox.example/agentries' })
    expect(index.keys.agentref.merchant).toMatch(/^ak_live_/)
  })

  it('serves the three APIs to the clients, and both isolates see one state', async () => {
    const index = await (await through('edge-0')('https://sandbox.example/')).json()
    const a = createAgentRef({ apiKey: index.keys.agentref.merchant, baseUrl: index.agentrefUrl, fetch: through('edge-0') })
    const b = createAgentRef({ apiKey: index.keys.agentref.merchant, baseUrl: index.agentrefUrl, fetch: through('edge-1') })
    const created = await createProgram(a, { name: 'Shared', commissionType: 'one_time', commissionPercent: 8 }, { idempotencyKey: 'team-1' })
    const ids: string[] = []
    for await (const p of paginate(listPrograms, b, { pageSize: 2 })) ids.push(p.id)
    expect(ids).toContain(created.id)
    // The idempotency store is shared too: the same key with another body is refused from the other isolate.
    await expect(createProgram(b, { name: 'Other', commissionType: 'one_time', commissionPercent: 8 }, { idempotencyKey: 'team-1' })).rejects.toBeInstanceOf(ConflictError)

    const ac = createAgentClick({ apiKey: index.keys.agentclick.agent, baseUrl: index.agentclickUrl, fetch: through('edge-1') })
    expect((await searchPrograms(ac, { per_page: 2 })).programs).toHaveLength(2)
    const ag = createAgentries({ did: index.keys.agentries.did, privateKey: index.keys.agentries.privateKey, baseUrl: index.agentriesUrl, fetch: through('edge-0') })
    expect((await createReferralCode(ag, { max_uses: 2 })).max_uses).toBe(2)
  })

  it('bad input gets the API envelope from the Worker too', async () => {
    const res = await through('edge-1')('https://sandbox.example/agentref/api/v1/programs', { method: 'POST', headers: { authorization: 'Bearer ak_live_zibGbrpBsoYH34rT36s9WSLa' }, body: '{' })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'BAD_REQUEST' } })
  })
})
