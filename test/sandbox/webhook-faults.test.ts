// WEBHOOK fault rules act on the sandbox's outgoing deliveries; rateWindows() counts each window.
import { afterEach, describe, expect, it } from 'vitest'
import { type Sandbox, type SandboxOptions, parseFaultSpec, startSandbox } from '../../src/sandbox/index.js'
import { action, ref, startReceiver } from './helpers.js'

const open: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((x) => x.close()))
})

async function withReceiver(faults: SandboxOptions['faults']) {
  const sb = await startSandbox({ seed: 9, faults, webhooks: { retryDelays: [20, 20, 20] } })
  const receiver = await startReceiver(() => 204)
  open.push(sb, receiver)
  const hook = await ref(sb.agentrefUrl, sb.keys.agentref.merchant, 'POST', '/webhooks', { name: 'r', url: receiver.url, subscribedEvents: ['conversion.created', 'payout.created'] })
  expect(hook.status).toBe(201)
  return { sb, receiver }
}

const convert = async (sb: Sandbox) => {
  const affiliate = (await ref(sb.agentrefUrl, sb.keys.agentref.merchant, 'GET', '/affiliates?pageSize=1')).body.data[0]
  return sb.recordConversion({ programId: affiliate.programId, affiliateId: affiliate.id, amount: 1000 })
}

describe('WEBHOOK fault rules', () => {
  it('drop-after: the receiver gets and answers the delivery, the sandbox ignores the answer and sends it again', async () => {
    const { sb, receiver } = await withReceiver([{ route: 'WEBHOOK conversion.created', drop: 'after', times: 2 }])
    await convert(sb)
    await sb.webhooksIdle()
    const [delivery] = sb.deliveries
    expect(delivery!.state).toBe('delivered')
    expect(delivery!.attempts.map((a) => [a.status, a.error === undefined])).toEqual([[204, false], [204, false], [204, true]])
    expect(receiver.received.map((r) => r.headers['svix-id'])).toEqual([delivery!.messageId, delivery!.messageId, delivery!.messageId])
  })

  it('duplicate: two identical copies at once; drop-before: nothing sent, retried', async () => {
    const { sb, receiver } = await withReceiver('WEBHOOK conversion.*:duplicate,WEBHOOK /hooks:drop-before:1')
    await convert(sb)
    await sb.webhooksIdle()
    const [delivery] = sb.deliveries
    expect(delivery!.attempts[0]).toMatchObject({ error: 'not sent (fault drop-before)' })
    expect(delivery!.attempts[1]).toMatchObject({ status: 204, duplicate: { status: 204 } })
    expect(receiver.received).toHaveLength(2)
    const [a, b] = receiver.received
    expect(a!.headers['svix-signature']).toBe(b!.headers['svix-signature'])
    expect(a!.body).toBe(b!.body)
  })

  it('WEBHOOK rules never touch requests, and other rules never touch deliveries', async () => {
    const { sb, receiver } = await withReceiver([{ drop: 'before', route: 'WEBHOOK nothing.matches' }, { route: '*', latency: 1 }])
    expect((await ref(sb.agentrefUrl, sb.keys.agentref.merchant, 'GET', '/programs')).status).toBe(200)
    await convert(sb)
    await sb.webhooksIdle()
    expect(sb.deliveries[0]!.attempts).toEqual([expect.not.objectContaining({ faults: expect.anything() })])
    expect(receiver.received).toHaveLength(1)
  })

  it('checks the rules', async () => {
    expect(parseFaultSpec('WEBHOOK payout.*:duplicate:rate=0.5')).toEqual([{ route: 'WEBHOOK payout.*', duplicate: true, rate: 0.5 }])
    await expect(startSandbox({ faults: [{ route: 'GET /programs', duplicate: true }] })).rejects.toThrow('duplicate applies to WEBHOOK routes only')
    await expect(startSandbox({ faults: 'WEBHOOK payout.created:503' })).rejects.toThrow('not status')
  })
})

describe('rateWindows()', () => {
  it('counts the calls let through and refused in each AgentClick WRITE window', async () => {
    const sb = await startSandbox({ limits: { agentclickWrite: 3, windowMs: 300 } })
    open.push(sb)
    const key = sb.keys.agentclick.agent
    const click = () => action(sb.agentclickUrl, key, 'agent.track_click', { partnership_id: 999_999 })
    const first = await Promise.all(Array.from({ length: 5 }, click))
    expect(first.filter((r) => r.status === 429)).toHaveLength(2)
    await new Promise((r) => setTimeout(r, 320))
    await click()
    await action(sb.agentclickUrl, key, 'common.profile')
    expect(sb.rateWindows().agentclickWrite.map(({ key: k, allowed, rejected }) => ({ k, allowed, rejected }))).toEqual([
      { k: key, allowed: 3, rejected: 2 },
      { k: key, allowed: 1, rejected: 0 },
    ])
    expect(sb.rateWindows().agentclickRead).toMatchObject([{ allowed: 1, rejected: 0 }])
  })
})
