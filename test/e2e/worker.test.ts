// worker-example/ in workerd (miniflare), talking to the sandbox; the sandbox's signed webhook
// deliveries reach the Worker over loopback.
import { Miniflare } from 'miniflare'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createAgentRef, createPayout, createWebhook, listPendingAffiliates } from '../../src/agentref/index.js'
import { signWebhook, startSandbox } from '../../src/sandbox/index.js'
import { bundle, root, workerFromToml } from './worker-harness.js'
let sb: Awaited<ReturnType<typeof startSandbox>>
let mf: Miniflare
let workerUrl: URL
let secret = ''

describe('worker-example in workerd against the sandbox', () => {
  beforeAll(async () => {
    sb = await startSandbox({ seed: 5 })
    const merchant = createAgentRef({ apiKey: sb.keys.agentref.merchant, baseUrl: sb.agentrefUrl })
    const script = await bundle(path.join(root, 'worker-example/src/index.ts'))
    // The endpoint's secret is only known once it is registered, and its URL only once the Worker
    // listens: start with a placeholder, register, then restart with the real secret.
    const options = (webhookSecret: string, port?: number) => ({
      ...workerFromToml('worker', script, {
        AGENTCLICK_API_KEY: sb.keys.agentclick.agent,
        AGENTCLICK_BASE_URL: sb.agentclickUrl,
        AGENTREF_WEBHOOK_SECRET: webhookSecret,
        AGENTRIES_DID: sb.keys.agentries.did,
        AGENTRIES_PRIVATE_KEY: sb.keys.agentries.privateKey,
        AGENTRIES_BASE_URL: sb.agentriesUrl,
      }),
      ...(port ? { port } : {}),
    })
    mf = new Miniflare(options('whsec_cGxhY2Vob2xkZXI='))
    workerUrl = await mf.ready
    const hook = await createWebhook(merchant, { name: 'worker', url: new URL('/webhooks/agentref', workerUrl).href, subscribedEvents: ['payout.created', 'conversion.created'] })
    secret = hook.signingSecret
    await mf.setOptions(options(secret, Number(workerUrl.port)))
  }, 60_000)
  afterAll(async () => {
    await mf?.dispose()
    await sb?.close()
  })

  test('GET /go/:partnershipId tracks the click and redirects to the tracking URL', async () => {
    const { partnerships } = sb.state.agentclick as unknown as { partnerships: Map<number, { id: number; status: string }> }
    const approved = [...partnerships.values()].find((p) => p.status === 'approved')!
    const before = sb.counts().agentclick.clicks
    const res = await mf.dispatchFetch(new URL(`/go/${approved.id}`, workerUrl), { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toContain('/agentclick/r/')
    expect(sb.counts().agentclick.clicks - before).toBe(1)
  })

  test('an unknown partnership is a 502 naming the typed error', async () => {
    const res = await mf.dispatchFetch(new URL('/go/999999', workerUrl))
    expect(res.status).toBe(502)
    expect(await res.json()).toMatchObject({ error: 'NotFoundError' })
  })

  test('the sandbox delivers signed webhooks to the Worker, which accepts them', async () => {
    const merchant = createAgentRef({ apiKey: sb.keys.agentref.merchant, baseUrl: sb.agentrefUrl })
    const { data } = await listPendingAffiliates(merchant)
    await createPayout(merchant, { affiliateId: data[0]!.affiliateId, programId: data[0]!.programId, method: 'paypal' })
    await sb.webhooksIdle()
    const delivered = sb.deliveries.filter((d) => d.type === 'payout.created')
    expect(delivered.length).toBe(1)
    expect(delivered[0]!.attempts.map((a) => a.status)).toEqual([204])
  })

  test('a tampered or unsigned delivery gets a 400', async () => {
    const body = JSON.stringify({ id: 'msg_1', type: 'payout.created', schemaVersion: 2, createdAt: new Date().toISOString(), merchantId: 'm', environment: 'development', data: {} })
    const timestamp = Math.floor(Date.now() / 1000)
    const headers = { 'svix-id': 'msg_1', 'svix-timestamp': String(timestamp), 'svix-signature': signWebhook(secret, 'msg_1', timestamp, body) }
    const good = await mf.dispatchFetch(new URL('/webhooks/agentref', workerUrl), { method: 'POST', headers, body })
    expect(good.status).toBe(204)
    const tampered = await mf.dispatchFetch(new URL('/webhooks/agentref', workerUrl), { method: 'POST', headers, body: body.replace('payout', 'flag') })
    expect(tampered.status).toBe(400)
    expect(await tampered.json()).toEqual({ error: 'no_matching_signature' })
    const unsigned = await mf.dispatchFetch(new URL('/webhooks/agentref', workerUrl), { method: 'POST', body })
    expect(unsigned.status).toBe(400)
  })

  test('GET /referrals mints an Agentries token in workerd and lists the codes', async () => {
    const res = await mf.dispatchFetch(new URL('/referrals', workerUrl))
    expect(res.status).toBe(200)
    expect(await res.json()).toHaveProperty('codes')
    expect(sb.requests.filter((r) => r.url.endsWith('/api/auth/token') && r.status === 200).length).toBeGreaterThan(0)
  })
})
