import { createHmac, timingSafeEqual } from 'node:crypto'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js'
import { type Received, ref, startReceiver } from './helpers.js'

let sb: Sandbox
let receiver: Awaited<ReturnType<typeof startReceiver>>
const r = (method: string, path: string, body?: unknown) => ref(sb.agentrefUrl, sb.keys.agentref.merchant, method, path, body)

/** Verifies a delivery exactly as a receiver should (Standard Webhooks). */
function verify(msg: Received, secret: string): boolean {
  const id = String(msg.headers['svix-id'])
  const ts = String(msg.headers['svix-timestamp'])
  const expected = createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64')).update(`${id}.${ts}.${msg.body}`).digest()
  return String(msg.headers['svix-signature'])
    .split(' ')
    .some((entry) => {
      const [version, sig = ''] = entry.split(',')
      const given = Buffer.from(sig, 'base64')
      return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected)
    })
}

beforeAll(async () => {
  sb = await startSandbox({ seed: 3, webhooks: { retryDelays: [30, 30] } })
  receiver = await startReceiver()
})
afterAll(async () => {
  await sb.close()
  await receiver.close()
})

describe('AgentRef webhooks', () => {
  it('creates endpoints with a whsec_ secret (24 bytes) and validates input', async () => {
    const bad = await r('POST', '/webhooks', { name: 'x', url: 'http://example.com/hook', subscribedEvents: ['conversion.created'] })
    expect(bad.status).toBe(400)
    expect((await r('POST', '/webhooks', { name: 'x', url: receiver.url, subscribedEvents: ['nope.event'] })).body.error.code).toBe('VALIDATION_ERROR')
    expect((await r('POST', '/webhooks', { name: 'x', url: receiver.url, subscribedEvents: [] })).status).toBe(400)
    const ok = await r('POST', '/webhooks', { name: 'x', url: receiver.url, subscribedEvents: ['program.created'] })
    expect(ok.status).toBe(201)
    expect(ok.body.data.signingSecret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/)
    expect(Buffer.from(ok.body.data.signingSecret.slice(6), 'base64')).toHaveLength(24)
    expect(ok.body.data.endpoint).toMatchObject({ status: 'active', schemaVersion: 2, secretLastFour: ok.body.data.signingSecret.slice(-4) })
    expect(JSON.stringify((await r('GET', `/webhooks/${ok.body.data.endpoint.id}`)).body)).not.toContain('whsec_')
    expect((await r('DELETE', `/webhooks/${ok.body.data.endpoint.id}`)).body.data).toEqual({ success: true })
  })

  it('delivers signed conversion.created and payout.created envelopes to subscribers only', async () => {
    const created = await r('POST', '/webhooks', { name: 'money', url: receiver.url, subscribedEvents: ['conversion.created', 'payout.created'] })
    const secret = created.body.data.signingSecret as string
    const other = await r('POST', '/webhooks', { name: 'programs only', url: `${receiver.url}?other`, subscribedEvents: ['program.created'] })
    expect(other.status).toBe(201)

    const affiliate = (await r('GET', '/affiliates?pageSize=1')).body.data[0]
    const conversion = sb.recordConversion({ programId: affiliate.programId, affiliateId: affiliate.id, amount: 25_000 })
    const payout = await r('POST', '/payouts', { affiliateId: affiliate.id, programId: affiliate.programId, method: 'paypal' })
    expect(payout.status).toBe(201)
    await sb.webhooksIdle()

    const mine = receiver.received.filter((m) => JSON.parse(m.body).type !== 'program.created')
    expect(mine.map((m) => JSON.parse(m.body).type)).toEqual(['conversion.created', 'payout.created'])
    for (const msg of mine) {
      expect(verify(msg, secret)).toBe(true)
      expect(verify(msg, 'whsec_' + Buffer.alloc(24).toString('base64'))).toBe(false)
      expect(Math.abs(Number(msg.headers['svix-timestamp']) - Date.now() / 1000)).toBeLessThan(10)
      const envelope = JSON.parse(msg.body)
      expect(envelope).toMatchObject({ id: msg.headers['svix-id'], schemaVersion: 2, environment: 'development', merchantId: expect.any(String), programId: affiliate.programId, createdAt: expect.any(String) })
      expect(Object.keys(envelope.data).some((k) => k.startsWith('_'))).toBe(false)
    }
    const h = mine[0]!.headers
    const parsed = new Webhook(secret).verify(mine[0]!.body, { 'webhook-id': String(h['svix-id']), 'webhook-timestamp': String(h['svix-timestamp']), 'webhook-signature': String(h['svix-signature']) })
    expect(parsed).toMatchObject({ type: 'conversion.created' })
    expect(JSON.parse(mine[0]!.body).data.id).toBe(conversion.id)
    expect(JSON.parse(mine[1]!.body).data.id).toBe(payout.body.data.id)
    expect(sb.deliveries.filter((d) => d.endpointId === created.body.data.endpoint.id).every((d) => d.state === 'delivered' && d.attempts[0]?.status === 200)).toBe(true)
  })

  it('signs with the rotated secret after rotate-secret', async () => {
    const created = await r('POST', '/webhooks', { name: 'rot', url: `${receiver.url}?rot`, subscribedEvents: ['program.created'] })
    const rotated = await r('POST', `/webhooks/${created.body.data.endpoint.id}/rotate-secret`)
    expect(rotated.body.data.signingSecret).not.toBe(created.body.data.signingSecret)
    const start = receiver.received.length
    await r('POST', '/programs', { name: 'Hooked', commissionType: 'one_time', commissionPercent: 10 })
    await sb.webhooksIdle()
    const msg = receiver.received.slice(start).find((m) => m.body.includes('Hooked') && verify(m, rotated.body.data.signingSecret))
    expect(msg).toBeDefined()
    expect(receiver.received.slice(start).some((m) => verify(m, created.body.data.signingSecret))).toBe(false)
  })

  it('never blocks the API or crashes when the target is down; logs and retries each attempt', async () => {
    const dead = await startReceiver()
    const deadUrl = dead.url
    await dead.close()
    const created = await r('POST', '/webhooks', { name: 'dead', url: deadUrl, subscribedEvents: ['program.created'] })
    const t0 = Date.now()
    const res = await r('POST', '/programs', { name: 'Nobody listens', commissionType: 'one_time', commissionPercent: 1 })
    expect(res.status).toBe(201)
    expect(Date.now() - t0).toBeLessThan(1000)
    await sb.webhooksIdle()
    const d = sb.deliveries.find((x) => x.endpointId === created.body.data.endpoint.id)!
    expect(d.state).toBe('failed')
    expect(d.attempts).toHaveLength(3)
    expect(d.attempts.every((a) => a.error && a.status === undefined)).toBe(true)
    expect((await r('GET', '/merchant')).status).toBe(200)
  })

  it('retries a 5xx answer and records each status', async () => {
    let n = 0
    const flaky = await startReceiver(() => (++n === 1 ? 503 : 200))
    const created = await r('POST', '/webhooks', { name: 'flaky', url: flaky.url, subscribedEvents: ['flag.resolved'] })
    const flag = (await r('GET', '/flags?status=open')).body.data[0]
    expect((await r('POST', `/flags/${flag.id}/resolve`, { status: 'dismissed' })).body.data.status).toBe('dismissed')
    await sb.webhooksIdle()
    const d = sb.deliveries.find((x) => x.endpointId === created.body.data.endpoint.id)!
    expect(d.attempts.map((a) => a.status)).toEqual([503, 200])
    expect(d.state).toBe('delivered')
    expect(flaky.received).toHaveLength(2)
    expect(flaky.received[0]!.headers['svix-id']).toBe(flaky.received[1]!.headers['svix-id'])
    await flaky.close()
  })
})
