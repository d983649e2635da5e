// One RateLimiter Durable Object per AgentClick key: the single place where every isolate of the
// Worker books its AgentClick calls, so together they stay within the key's documented budget.
import { DurableObject } from 'cloudflare:workers'
import type { Env } from './index.js'

export type Bucket = 'read' | 'write'

/** AgentClick's documented budget per key and window. */
export const AGENTCLICK_LIMITS: Readonly<Record<Bucket, number>> = { read: 200, write: 30 }

/** A booked slot (wait that long, then send) or a refusal (the wait would pass `maxWaitMs`). */
export type Booking = { waitMs: number } | { retryAfterMs: number }

/** Window length and safety margin, from vars (tests shorten them). */
export function windowOf(env: Env): { windowMs: number; marginMs: number } {
  return { windowMs: Number(env.AGENTCLICK_RATE_WINDOW_MS ?? 60_000), marginMs: Number(env.AGENTCLICK_RATE_MARGIN_MS ?? 1_000) }
}

/**
 * Books send times so that no `windowMs + marginMs` span holds more than the limit: then every
 * window the server counts, however it is aligned, sees at most the limit, even when requests
 * reach it up to `marginMs` later than booked. A booking is kept even if the caller gives up
 * (the slot is simply lost), which errs on the safe side.
 */
export class RateLimiter extends DurableObject<Env> {
  private slots: Record<Bucket, number[]> = { read: [], write: [] }

  constructor(ctx: DurableObject['ctx'], env: Env) {
    super(ctx, env)
    // Bookings survive an eviction or restart of the object: otherwise a fresh instance would
    // hand out a whole new budget inside a window that is already spent.
    void ctx.blockConcurrencyWhile(async () => {
      this.slots = (await ctx.storage.get<Record<Bucket, number[]>>('slots')) ?? this.slots
    })
  }

  async book(bucket: Bucket, maxWaitMs: number): Promise<Booking> {
    const { windowMs, marginMs } = windowOf(this.env)
    const span = windowMs + marginMs
    const limit = AGENTCLICK_LIMITS[bucket]
    const now = Date.now()
    const slots = this.slots[bucket].filter((at) => at > now - span)
    // Slots are booked in time order, so the limit-th latest one decides the next free time.
    const at = slots.length < limit ? now : Math.max(now, slots[slots.length - limit]! + span)
    if (at - now > maxWaitMs) return { retryAfterMs: at - now }
    slots.push(at)
    this.slots[bucket] = slots
    // The answer leaves only once this write is durable (the runtime's output gate).
    await this.ctx.storage.put('slots', this.slots)
    return { waitMs: at - now }
  }
}
