// One WebhookInbox Durable Object per merchant: it remembers which deliveries (by `svix-id`) it has
// applied, and holds the ledger they change, so the mark and the effect commit together.
import type { WebhookEvent } from 'affiliate-fetch/agentref'
import { DurableObject } from 'cloudflare:workers'
import type { Env } from './index.js'
import { effectOf, type AffiliateTotals, type PayoutEntry } from './ledger-effects.js'

export interface DeadLetter {
  event: WebhookEvent
  reason: string
  at: string
}

export interface InboxReport {
  /** `svix-id`s applied, in order. */
  applied: string[]
  /** Deliveries that came again after being applied, and were skipped. */
  duplicates: number
  /** Failed attempts per `svix-id` (an attempt that failed leaves no other trace). */
  failures: Record<string, number>
  dead: Record<string, DeadLetter>
  affiliates: Record<string, AffiliateTotals>
  payouts: Record<string, PayoutEntry>
}

const strip = <T>(prefix: string, map: Map<string, T>): Record<string, T> => Object.fromEntries([...map].map(([k, v]) => [k.slice(prefix.length), v]))

export class WebhookInbox extends DurableObject<Env> {
  /**
   * Applies the event's effect once per `svixId`. The object runs one call's storage reads and
   * writes without interleaving another call's, so two copies of a delivery arriving together
   * cannot both see "not done". A failure writes nothing but its count, and rethrows.
   */
  async apply(svixId: string, event: WebhookEvent): Promise<'applied' | 'duplicate'> {
    const storage = this.ctx.storage
    if (await storage.get(`done:${svixId}`)) {
      await storage.put('duplicates', ((await storage.get<number>('duplicates')) ?? 0) + 1)
      return 'duplicate'
    }
    let writes
    try {
      writes = await effectOf(event, (key) => storage.get(key))
    } catch (error) {
      await storage.put(`failed:${svixId}`, ((await storage.get<number>(`failed:${svixId}`)) ?? 0) + 1)
      throw error
    }
    const seq = ((await storage.get<number>('seq')) ?? 0) + 1
    await storage.put({ ...writes, [`done:${svixId}`]: { seq, type: event.type, at: new Date().toISOString() }, seq })
    return 'applied'
  }

  /** Parks an event the Queue gave up on, for someone to look at (and replay through `apply`). */
  async bury(svixId: string, event: WebhookEvent, reason: string): Promise<void> {
    await this.ctx.storage.put(`dead:${svixId}`, { event, reason, at: new Date().toISOString() } satisfies DeadLetter)
  }

  async report(): Promise<InboxReport> {
    const s = this.ctx.storage
    const done = await s.list<{ seq: number }>({ prefix: 'done:' })
    return {
      applied: [...done].sort((a, b) => a[1].seq - b[1].seq).map(([k]) => k.slice('done:'.length)),
      duplicates: (await s.get<number>('duplicates')) ?? 0,
      failures: strip('failed:', await s.list<number>({ prefix: 'failed:' })),
      dead: strip('dead:', await s.list<DeadLetter>({ prefix: 'dead:' })),
      affiliates: strip('affiliate:', await s.list<AffiliateTotals>({ prefix: 'affiliate:' })),
      payouts: strip('payout:', await s.list<PayoutEntry>({ prefix: 'payout:' })),
    }
  }
}
