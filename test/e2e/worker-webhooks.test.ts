// worker-example's webhook path past one isolate, in workerd (miniflare) against the sandbox:
// deliveries arrive duplicated and with answers lost after processing (the sandbox's WEBHOOK
// fault rules); the Queue and the WebhookInbox apply each event's effect once, retry a failing
// effect, and dead-letter a poisoned event. Bindings and queues come from wrangler.toml.
import { Miniflare } from 'miniflare'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createAgentRef, createPayout, createWebhook, listPendingAffiliates } from '../../src/agentref/index.js'
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js'
import { bundle, edges, root, wranglerToml } from './worker-harness.js'
import { unstable_getMiniflareWorkerOptions } from 'wrangler'

interface Report {
  applied: string[]
  duplicates: number
  failures: Record<string, number>
  dead: Record<string, { reason: string; event: { type: string; data: { id: string } } }>
  affiliates: Record<string, { conversions: number; earned: number; refunded: number; paid: number }>
  payouts: Record<string, { affiliateId: string; amount: number; status: string }>
}

const ISOLATES = 3
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let sb: Sandbox
let mf: Miniflare

beforeAll(async () => {
  sb = await startSandbox({ seed: 21, webhooks: { retryDelays: [50, 100, 200, 400, 800, 1600] } })
}, 30_000)
afterAll(async () => {
  await mf?.dispose()
  await sb?.close()
})

test('duplicated and re-sent deliveries apply each effect once; a failing effect is retried; a poisoned event ends in the dead letters', async () => {
  const merchant = createAgentRef({ apiKey: sb.keys.agentref.merchant, baseUrl: sb.agentrefUrl })
  // The poison: a payout made before the endpoint exists. Its `payout.completed` will name a
  // payout the Worker's ledger has never seen, every time it is tried.
  const pending = (await listPendingAffiliates(merchant)).data
  const payoutOf = async (affiliateId: string, programId: string) => sb.state.agentref.payouts.get((await createPayout(merchant, { affiliateId, programId, method: 'paypal' })).id as string)!
  const early = await payoutOf(pending[0]!.affiliateId, pending[0]!.programId)

  const script = await bundle(path.join(root, 'worker-example/src/index.ts'))
  const maxRetries = unstable_getMiniflareWorkerOptions(wranglerToml).workerOptions.queueConsumers!['agentref-webhooks' as never]!.maxRetries as number
  const vars = (secret: string) => ({ AGENTCLICK_API_KEY: sb.keys.agentclick.agent, AGENTREF_WEBHOOK_SECRET: secret, AGENTRIES_DID: sb.keys.agentries.did, AGENTRIES_PRIVATE_KEY: sb.keys.agentries.privateKey })
  const timings = { maxBatchTimeout: 0.1, retryDelay: 1 }
  mf = new Miniflare({ workers: edges(ISOLATES, script, vars('whsec_cGxhY2Vob2xkZXI='), timings) })
  const url = await mf.ready
  const hook = await createWebhook(merchant, { name: 'ledger', url: new URL('/webhooks/agentref', url).href, subscribedEvents: ['conversion.created', 'conversion.refunded', 'payout.created', 'payout.completed'] })
  await mf.setOptions({ port: Number(url.port), workers: edges(ISOLATES, script, vars(hook.signingSecret), timings) })

  sb.setFaults([
    { route: 'WEBHOOK conversion.*', duplicate: true, rate: 0.5 },
    { route: 'WEBHOOK conversion.*', drop: 'after', rate: 0.4 },
    // payout.created reaches the Worker late, so payout.completed fails first and is retried.
    { route: 'WEBHOOK payout.created', latency: 600 },
  ])
  const affiliates = [...sb.state.agentref.affiliates.values()].filter((a) => a.id !== early.affiliateId).slice(0, 4)
  const conversions = Array.from({ length: 12 }, (_, i) => {
    const a = affiliates[i % affiliates.length]!
    return sb.recordConversion({ programId: a.programId, affiliateId: a.id, amount: 1000 + 137 * i })
  })
  const refunded = [conversions[1]!, conversions[6]!, conversions[11]!].map((c) => sb.refundConversion(c.id))
  const paid = await payoutOf(affiliates[0]!.id, affiliates[0]!.programId)
  sb.setPayoutStatus(paid.id, 'completed')
  sb.setPayoutStatus(early.id, 'completed')
  await sb.webhooksIdle()

  const deliveries = sb.deliveries.filter((d) => d.endpointId === hook.endpoint.id)
  const poison = deliveries.find((d) => d.type === 'payout.completed' && JSON.parse(d.body).data.id === early.id)!
  const retried = deliveries.find((d) => d.type === 'payout.completed' && d !== poison)!
  const answered = (d: (typeof deliveries)[number]) => d.attempts.filter((a) => a.status === 204).length + d.attempts.filter((a) => a.duplicate?.status === 204).length
  const healthy = deliveries.filter((d) => d !== poison)
  const enqueued = healthy.reduce((n, d) => n + answered(d), 0)

  const inbox = await mf.getDurableObjectNamespace('WEBHOOK_INBOX', 'edge-0')
  const namespace = inbox as unknown as { idFromName(name: string): unknown; get(id: unknown): { report(): Promise<Report> } }
  const stub = namespace.get(namespace.idFromName(sb.state.agentref.merchant.id))
  let report = await stub.report()
  for (let waited = 0; waited < 30_000; waited += 200) {
    if (report.applied.length + report.duplicates >= enqueued && report.dead[poison.messageId]) break
    await sleep(200)
    report = await stub.report()
  }

  const figures = {
    events: deliveries.length,
    deliveriesAnsweredByWorker: deliveries.reduce((n, d) => n + answered(d), 0),
    duplicateCopies: deliveries.reduce((n, d) => n + d.attempts.filter((a) => a.duplicate).length, 0),
    answersDroppedAfterProcessing: deliveries.reduce((n, d) => n + d.attempts.filter((a) => a.error?.includes('drop-after')).length, 0),
    effectsApplied: report.applied.length,
    duplicatesSkipped: report.duplicates,
    failedAttempts: report.failures,
    deadLetters: Object.keys(report.dead),
  }
  console.log('webhook figures', JSON.stringify(figures))

  // The faults happened: copies and re-sends reached the Worker.
  expect(figures.duplicateCopies).toBeGreaterThan(0)
  expect(figures.answersDroppedAfterProcessing).toBeGreaterThan(0)
  expect(healthy.every((d) => d.state === 'delivered')).toBe(true)
  // Every healthy event applied once, and every other copy of it skipped.
  expect([...report.applied].sort()).toEqual(healthy.map((d) => d.messageId).sort())
  expect(report.applied.length + report.duplicates).toBe(enqueued)
  expect(enqueued).toBeGreaterThan(healthy.length)
  // The ledger holds each conversion, refund and payout exactly once.
  for (const a of affiliates) {
    const mine = conversions.filter((c) => c.affiliateId === a.id)
    expect(report.affiliates[a.id]).toEqual({
      conversions: mine.length,
      earned: mine.reduce((n, c) => n + c.commission, 0),
      refunded: refunded.filter((c) => c.affiliateId === a.id).reduce((n, c) => n + c.commission, 0),
      paid: a.id === paid.affiliateId ? paid.amount : 0,
    })
  }
  expect(report.payouts[paid.id]).toEqual({ affiliateId: paid.affiliateId, amount: paid.amount, status: 'completed' })
  // payout.completed came before its payout.created: it failed, the Queue retried it, then it applied.
  expect(report.failures[retried.messageId]).toBeGreaterThanOrEqual(1)
  expect(report.applied).toContain(retried.messageId)
  // The poison: tried 1 + max_retries times, never applied, parked as a dead letter.
  expect(report.failures[poison.messageId]).toBe(maxRetries + 1)
  expect(report.applied).not.toContain(poison.messageId)
  expect(report.dead[poison.messageId]!.event).toMatchObject({ type: 'payout.completed', data: { id: early.id } })
}, 60_000)
