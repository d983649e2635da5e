// One RateLimiter Durable Object per AgentClick key, and one per Agentries agent: the single place
// where every isolate of the Worker books its calls, so together they stay within the budget.
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
 *
 * Also the pacing state of clients whose budget only the server knows (Agentries): a response
 * that said nothing remains sets a hold (`hold`), and no booking is placed before it ends.
 */
export class RateLimiter extends DurableObject<Env> {
  private slots: Record<Bucket, number[]> = { read: [], write: [] }
  /** Unix ms until which nothing remains, as the server last said (0: no hold). */
  private heldUntil = 0

  constructor(ctx: DurableObject['ctx'], env: Env) {
    super(ctx, env)
    // Bookings and the hold survive an eviction or restart of the object: otherwise a fresh
    // instance would hand out a whole new budget inside a window that is already spent.
    void ctx.blockConcurrencyWhile(async () => {
      this.slots = (await ctx.storage.get<Record<Bucket, number[]>>('slots')) ?? this.slots
      this.heldUntil = (await ctx.storage.get<number>('hold')) ?? 0
    })
  }

  /** Nothing remains until `untilMs` (Unix ms). Only the latest end is kept: an earlier one is already covered. */
  async hold(untilMs: number): Promise<void> {
    if (!(typeof untilMs === 'number' && Number.isFinite(untilMs) && untilMs > this.heldUntil)) return
    this.heldUntil = untilMs
    await this.ctx.storage.put('hold', untilMs)
  }

  /**
   * A send time at or after the hold's end. `bucket` counts AgentClick's slots in it; `undefined`
   * (Agentries: the server's own count is all there is) books against the hold alone.
   */
  async book(bucket: Bucket | undefined, maxWaitMs: number): Promise<Booking> {
    const now = Date.now()
    const free = Math.max(now, this.heldUntil)
    if (bucket === undefined) return free - now > maxWaitMs ? { retryAfterMs: free - now } : { waitMs: free - now }
    const { windowMs, marginMs } = windowOf(this.env)
    const span = windowMs + marginMs
    const limit = AGENTCLICK_LIMITS[bucket]
    const slots = this.slots[bucket].filter((at) => at > now - span)
    // Slots are kept in time order, so the limit-th latest one decides the next free time.
    const at = Math.max(free, slots.length < limit ? now : slots[slots.length - limit]! + span)
    if (at - now > maxWaitMs) return { retryAfterMs: at - now }
    // `at` is never before a slot already booked (a hold only moves later), so slots stay in order.
    slots.push(at)
    this.slots[bucket] = slots
    // The answer leaves only once this write is durable (the runtime's output gate).
    await this.ctx.storage.put('slots', this.slots)
    return { waitMs: at - now }
  }
}
