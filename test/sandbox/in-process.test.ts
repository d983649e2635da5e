// createSandbox(): the sandbox in process. The clients reach it through `fetch: sandbox.fetch`
// with no baseUrl; faults mean what they mean on the wire; webhooks go to `deliver`.
import { afterEach, describe, expect, it } from 'vitest'
import { createAgentClick, searchPrograms, trackClick } from '../../src/agentclick/index.js'
import { createAgentRef, createProgram, createWebhook, getProgram, listPrograms, paginate, verifyWebhookRequest } from '../../src/agentref/index.js'
import { createAgentries, createReferralCode, getReferralStats } from '../../src/agentries/index.js'
import { createSandbox } from '../../src/sandbox/index.js'

const open: { close(): Promise<void> }[] = []
const sandboxOf = (options: Parameters<typeof createSandbox>[0] = {}) => {
  const sb = createSandbox(options)
  open.push(sb)
  return sb
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

describe('createSandbox', () => {
  it('serves all three APIs at their documented base URLs to clients given only its fetch', async () => {
    const sb = sandboxOf({ seed: 3 })
    const ar = createAgentRef({ apiKey: sb.keys.agentref.merchant, fetch: sb.fetch })
    const ids: string[] = []
    for await (const p of paginate(listPrograms, ar, { pageSize: 2 })) ids.push(p.id)
    expect(ids.length).toBe(sb.counts().agentref.programs)
    expect(ids.length).toBeGreaterThan(2)

    const ac = createAgentClick({ apiKey: sb.keys.agentclick.agent, fetch: sb.fetch })
    const { programs } = await searchPrograms(ac, { per_page: 3 })
    expect(programs.length).toBe(3)

    const ag = createAgentries({ did: sb.keys.agentries.did, privateKey: sb.keys.agentries.privateKey, fetch: sb.fetch })
    const created = await createReferralCode(ag, { max_uses: 5 })
    expect(created.max_uses).toBe(5)
    expect((await getReferralStats(ag)).total_referrals).toBeTypeOf('number')

    expect(sb.log.map((e) => e.url.slice(0, e.url.indexOf('/', 8)))).toEqual(expect.arrayContaining(['https://www.agentref.co', 'https://agentclick.ai', 'https://api.agentries.xyz']))
  })

  it('refuses any other origin, or a page outside the API on its origin, like a network failure', async () => {
    const sb = sandboxOf()
    for (const url of ['https://example.com/api/v1/programs', 'http://www.agentref.co/api/v1/programs', 'https://www.agentref.co/pricing', 'https://agentref.co/api/v1/programs']) {
      await expect(sb.fetch(url), url).rejects.toBeInstanceOf(TypeError)
    }
    expect(sb.log.length).toBe(0)
    const api = await sb.fetch('https://www.agentref.co/api/v1/nothing-here')
    expect(api.status).toBe(404)
    expect(await api.json()).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })

  it('bad input is the documented envelope, never a thrown exception or a 500', async () => {
    const sb = sandboxOf()
    const res = await sb.fetch('https://www.agentref.co/api/v1/programs', { method: 'POST', headers: { authorization: `Bearer ${sb.keys.agentref.merchant}` }, body: '{not json' })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'BAD_REQUEST' }, meta: { requestId: expect.any(String) } })
    const jwt = await sb.fetch('https://api.agentries.xyz/api/referrals/code', { headers: { authorization: 'Bearer a.b.c' } })
    expect(jwt.status).toBe(401)
  })

  it('a dropped connection is a rejected fetch (TypeError); the client retries it with the same idempotency key', async () => {
    const sb = sandboxOf({ faults: 'POST /programs:drop-after:1' })
    const ar = createAgentRef({ apiKey: sb.keys.agentref.merchant, fetch: sb.fetch })
    const raw = sb.fetch('https://www.agentref.co/api/v1/programs', { method: 'POST', headers: { authorization: `Bearer ${sb.keys.agentref.merchant}`, 'idempotency-key': 'k1' }, body: JSON.stringify({ name: 'dropped', commissionType: 'one_time', commissionPercent: 5 }) })
    await expect(raw).rejects.toBeInstanceOf(TypeError)
    sb.setFaults('POST /programs:drop-after:1')
    const retries: string[] = []
    const before = sb.counts().agentref.programs
    const program = await createProgram(ar, { name: 'once', commissionType: 'one_time', commissionPercent: 5 }, { onRetry: ({ error }) => retries.push(error.name) })
    expect(retries).toEqual(['ConnectionError'])
    expect(sb.counts().agentref.programs).toBe(before + 1)
    const posts = sb.log.filter((e) => e.method === 'POST').slice(-2)
    expect(posts.map((e) => e.status)).toEqual([null, 201])
    expect(program.name).toBe('once')
  })

  it('latency is a wait that the request signal ends at once', async () => {
    const sb = sandboxOf({ faults: '*:latency=5000' })
    const reason = new Error('gave up')
    const controller = new AbortController()
    setTimeout(() => controller.abort(reason), 50)
    const started = performance.now()
    await expect(sb.fetch('https://www.agentref.co/api/v1/programs', { signal: controller.signal })).rejects.toBe(reason)
    expect(performance.now() - started).toBeLessThan(1000)
    const ar = createAgentRef({ apiKey: sb.keys.agentref.merchant, fetch: sb.fetch })
    await expect(getProgram(ar, 'x', { timeout: 100, maxRetries: 0 })).rejects.toMatchObject({ name: 'TimeoutError' })
  })

  it('answers 413 for a 200 MB body after reading just over 1 MiB of it', async () => {
    const sb = sandboxOf()
    let pulled = 0
    const chunk = new Uint8Array(64 * 1024)
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (pulled >= 200 * 1024 * 1024) return c.close()
        pulled += chunk.length
        c.enqueue(chunk)
      },
    }, { highWaterMark: 0 })
    const started = performance.now()
    const res = await sb.fetch('https://agentclick.ai/api/mcp.php', { method: 'POST', body, duplex: 'half' } as RequestInit)
    expect(res.status).toBe(413)
    expect(await res.json()).toEqual({ success: false, message: expect.stringContaining('1048576') })
    expect(pulled).toBeLessThan(2 * 1024 * 1024)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('sends signed webhook deliveries to deliver(request), verifiable with verifyWebhook', async () => {
    const received: Request[] = []
    const sb = sandboxOf({ deliver: (request) => (received.push(request), new Response(null, { status: 204 })) })
    const ar = createAgentRef({ apiKey: sb.keys.agentref.merchant, fetch: sb.fetch })
    const { signingSecret } = await createWebhook(ar, { name: 'hooks', url: 'https://hooks.example.com/affiliate', subscribedEvents: ['program.created'] })
    const program = await createProgram(ar, { name: 'hooked', commissionType: 'one_time', commissionPercent: 7 })
    await sb.webhooksIdle()
    expect(received.map((r) => r.url)).toEqual(['https://hooks.example.com/affiliate'])
    const event = await verifyWebhookRequest(received[0]!, signingSecret)
    expect(event.type).toBe('program.created')
    expect((event.data as { id: string }).id).toBe(program.id)
    expect(sb.deliveries[0]).toMatchObject({ state: 'delivered', attempts: [{ status: 204 }] })
  })

  it('serve(): answers the HTTP paths on any origin, for a Worker or Deno/Bun server', async () => {
    const sb = sandboxOf()
    const click = createAgentClick({ apiKey: sb.keys.agentclick.agent, baseUrl: 'https://staging.example/agentclick/api/mcp.php', fetch: (input, init) => sb.serve(new Request(input, init)) })
    const partnershipId = sb.state.agentclick.partnerships.values().next().value?.id
    const tracked = await trackClick(click, { partnership_id: Number(partnershipId) }).catch((e: unknown) => e)
    // Whatever the seeded partnership's state, the answer came from the handler (typed result or typed API error).
    expect(tracked).toBeTypeOf('object')
    const index = await sb.serve(new Request('https://staging.example/'))
    expect(await index.json()).toMatchObject({ agentrefUrl: 'https://staging.example/agentref/api/v1', agentclickUrl: 'https://staging.example/agentclick/api/mcp.php' })
  })
})
