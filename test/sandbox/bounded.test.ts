// The sandbox's memory is bounded: the idempotency store and the request / delivery logs drop
// their oldest entries beyond a cap, and replay keeps working for recent keys.
import { afterEach, describe, expect, it } from 'vitest'
import { createIdempotencyStore } from '../../src/sandbox/agentref/idempotency.js'
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js'
import { ref, startReceiver } from './helpers.js'

let sb: Sandbox | undefined
let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined
afterEach(async () => {
  await sb?.close()
  await receiver?.close()
  sb = receiver = undefined
})

const program = (name: string) => ({ name, commissionType: 'one_time', commissionPercent: 10 })

describe('bounded memory', () => {
  it('the idempotency store holds at most its cap; recent keys still replay, evicted ones run afresh', async () => {
    const s = (sb = await startSandbox({ seed: 17, retain: { idempotencyKeys: 5 } }))
    const post = (key: string, name: string) => ref(s.agentrefUrl, s.keys.agentref.merchant, 'POST', '/programs', program(name), { 'idempotency-key': key })
    const first: Record<string, string> = {}
    for (let i = 0; i < 12; i++) {
      const res = await post(`key-${i}`, `P${i}`)
      expect(res.status).toBe(201)
      first[`key-${i}`] = res.body.data.id
      expect(s.counts().agentref.idempotencyKeys).toBeLessThanOrEqual(5)
    }
    expect(s.counts().agentref.idempotencyKeys).toBe(5)

    for (let i = 7; i < 12; i++) {
      const again = await post(`key-${i}`, `P${i}`)
      expect(again.headers.get('idempotent-replayed'), `key-${i}`).toBe('true')
      expect(again.body.data.id).toBe(first[`key-${i}`])
      expect((await post(`key-${i}`, 'another body')).body.error.code).toBe('IDEMPOTENCY_KEY_REUSED')
    }
    const programs = s.counts().agentref.programs
    const evicted = await post('key-0', 'P0')
    expect(evicted.headers.get('idempotent-replayed')).toBeNull()
    expect(evicted.body.data.id).not.toBe(first['key-0'])
    expect(s.counts().agentref.programs).toBe(programs + 1)
    expect(s.counts().agentref.idempotencyKeys).toBe(5)
  })

  it('a stored key refreshes its place, and entries past 24 h are dropped as new ones arrive', () => {
    let now = 0
    const store = createIdempotencyStore(() => now, 3)
    store.store('k', 'a', 'A', 201, 'a')
    store.store('k', 'b', 'B', 201, 'b')
    store.store('k', 'a', 'A', 201, 'a') // re-stored: now the newest
    store.store('k', 'c', 'C', 201, 'c')
    store.store('k', 'd', 'D', 201, 'd') // evicts b, the oldest
    expect(store.lookup('k', 'b', 'B').kind).toBe('miss')
    expect(['a', 'c', 'd'].map((key) => store.lookup('k', key, key.toUpperCase()).kind)).toEqual(['replay', 'replay', 'replay'])
    now += 24 * 60 * 60 * 1000 + 1
    store.store('k', 'e', 'E', 201, 'e')
    expect(store.size).toBe(1)
    expect(store.lookup('k', 'e', 'E').kind).toBe('replay')
  })

  it('the request and delivery logs keep only their most recent entries', async () => {
    receiver = await startReceiver()
    const s = (sb = await startSandbox({ seed: 19, retain: { requests: 10, deliveries: 3 } }))
    const call = (method: string, path: string, body?: unknown) => ref(s.agentrefUrl, s.keys.agentref.merchant, method, path, body)
    expect((await call('POST', '/webhooks', { name: 'all', url: receiver.url, subscribedEvents: ['program.created'] })).status).toBe(201)
    for (let i = 0; i < 6; i++) expect((await call('POST', '/programs', program(`Hooked ${i}`))).status).toBe(201)
    for (let i = 0; i < 15; i++) await call('GET', '/merchant')
    await s.webhooksIdle()
    expect(s.requests).toHaveLength(10)
    expect(s.requests.every((r) => r.method === 'GET' && r.url.endsWith('/merchant'))).toBe(true)
    expect(s.deliveries).toHaveLength(3)
    expect(receiver.received).toHaveLength(6)
    expect(s.deliveries.map((d) => JSON.parse(d.body).data.name)).toEqual(['Hooked 3', 'Hooked 4', 'Hooked 5'])
  })
})
