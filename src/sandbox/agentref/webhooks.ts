import { fromBase64, toBase64 } from '../shared/crypto/bytes.ts'
import { hmacSha256 } from '../shared/crypto/hmac.ts'
import { DEFAULT_LOG_ENTRIES, pushBounded } from '../shared/bounded.ts'
import type { Faults } from '../faults.ts'
import { abortable } from '../shared/abortable.ts'
import { unref } from '../shared/unref.ts'

/** One attempt at sending a webhook delivery. */
export interface DeliveryAttempt {
  /** ISO time the attempt started. */
  at: string
  /** Receiver's HTTP status, when it answered. */
  status?: number
  /** Network error / timeout text, when it did not; or the fault that made the attempt fail. */
  error?: string
  /** How long it took, milliseconds. */
  ms: number
  /** A `duplicate` fault sent a second copy alongside: its answer. */
  duplicate?: { status?: number; error?: string }
  /** Indexes of the fault rules that fired on this attempt. */
  faults?: number[]
}

/** One AgentRef webhook event sent to one endpoint (`sandbox.deliveries`), with its attempts. */
export interface WebhookDelivery {
  /** Delivery id (`dlv_…`): one event to one endpoint. */
  id: string
  /** The envelope `id` (= `svix-id`), shared by every endpoint receiving the event. */
  messageId: string
  /** The event type, e.g. `payout.created`. */
  type: string
  /** The webhook endpoint (`whe_…`). */
  endpointId: string
  /** The endpoint's URL. */
  url: string
  /** `pending` while attempts remain, then `delivered` (a 2xx answer) or `failed`. */
  state: 'pending' | 'delivered' | 'failed'
  /** The attempts so far, in order. */
  attempts: DeliveryAttempt[]
  /** The exact body sent. */
  body: string
}

export interface DispatcherOptions {
  /** Waits before attempts 2, 3, ... (ms). Default `[1000, 5000, 15000]`. */
  retryDelays?: readonly number[]
  /** Per-attempt timeout (ms). Default 10 000. */
  timeout?: number
  /** How many deliveries the log keeps (oldest dropped first; a dropped one still finishes). Default 10 000. */
  logEntries?: number
  /** The sandbox's fault rules; `WEBHOOK ...` rules act on delivery attempts. */
  faults?: Faults
  /**
   * Sends one signed delivery attempt and resolves with the receiver's answer. Default: the
   * runtime's own `fetch`. A rejection counts as a failed attempt, like a network error.
   */
  deliver?: (request: Request) => Response | Promise<Response>
}

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed with the decoded `whsec_` secret. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = fromBase64(secret.replace(/^whsec_/, ''))
  return `v1,${toBase64(hmacSha256(key, `${id}.${timestamp}.${body}`))}`
}

/**
 * Asynchronous, signed webhook delivery with a retry schedule. Never throws into the API: every
 * failure is recorded on the delivery. `idle()` resolves once nothing is in flight or scheduled.
 */
export function createDispatcher(opts: DispatcherOptions = {}) {
  const retryDelays = opts.retryDelays ?? [1000, 5000, 15000]
  const timeout = opts.timeout ?? 10_000
  const deliveries: WebhookDelivery[] = []
  const timers = new Set<ReturnType<typeof setTimeout>>()
  const inFlight = new Set<AbortController>()
  const deliver = opts.deliver ?? ((request: Request) => fetch(request))
  let pending = 0
  let closed = false
  let waiters: (() => void)[] = []
  let seq = 0

  const settle = () => {
    if (pending > 0) return
    const ws = waiters
    waiters = []
    for (const w of ws) w()
  }

  /** One POST through `deliver`, bounded by the attempt timeout; the answer's body is read and dropped. */
  async function post(url: string, headers: Record<string, string>, body: string): Promise<{ status?: number; error?: string }> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(new Error(`timed out after ${timeout} ms`)), timeout)
    inFlight.add(controller)
    try {
      const answer = await abortable(Promise.resolve().then(() => deliver(new Request(url, { method: 'POST', headers, body, signal: controller.signal }))), controller.signal)
      await abortable(answer.arrayBuffer(), controller.signal).catch(() => undefined)
      return { status: answer.status }
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) }
    } finally {
      clearTimeout(timer)
      inFlight.delete(controller)
    }
  }

  /** One attempt as the fault rules shape it: delayed, not sent, sent twice, or its answer ignored. */
  async function send(d: WebhookDelivery, headers: Record<string, string>): Promise<Omit<DeliveryAttempt, 'at' | 'ms'>> {
    const fault = opts.faults?.decide([`WEBHOOK ${d.type}`, `WEBHOOK ${new URL(d.url).pathname}`], true)
    if (fault?.latency) await new Promise((resolve) => setTimeout(resolve, fault.latency))
    if (fault?.drop === 'before') return { error: 'not sent (fault drop-before)', faults: fault.rules }
    const [result, duplicate] = await Promise.all([post(d.url, headers, d.body), fault?.duplicate ? post(d.url, headers, d.body) : undefined])
    const marks = fault ? { faults: fault.rules, ...(duplicate ? { duplicate } : {}) } : {}
    if (fault?.drop === 'after') return { ...result, error: 'answer dropped after the receiver processed it (fault drop-after)', ...marks }
    return { ...result, ...marks }
  }

  async function attempt(d: WebhookDelivery, secret: () => string): Promise<void> {
    if (closed) return
    const started = Date.now()
    const timestamp = Math.floor(started / 1000)
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'affiliate-fetch-sandbox/webhooks',
      'svix-id': d.messageId,
      'svix-timestamp': String(timestamp),
      'svix-signature': signWebhook(secret(), d.messageId, timestamp, d.body),
    }
    const result = await send(d, headers)
    d.attempts.push({ at: new Date(started).toISOString(), ...result, ms: Date.now() - started })
    if (closed) {
      if (d.state === 'pending') d.state = 'failed'
      return
    }
    const success = result.error === undefined && result.status !== undefined && result.status >= 200 && result.status < 300
    const delay = retryDelays[d.attempts.length - 1]
    if (success) d.state = 'delivered'
    else if (delay === undefined) d.state = 'failed'
    else {
      const timer = setTimeout(() => {
        timers.delete(timer)
        void attempt(d, secret)
      }, delay)
      unref(timer)
      timers.add(timer)
      return
    }
    pending--
    settle()
  }

  return {
    deliveries,
    /** Queues one signed delivery; the first attempt starts on the next tick. */
    deliver(endpoint: { id: string; url: string; secret: () => string }, messageId: string, type: string, body: string): WebhookDelivery {
      const d: WebhookDelivery = { id: `dlv_${(++seq).toString().padStart(5, '0')}`, messageId, type, endpointId: endpoint.id, url: endpoint.url, state: 'pending', attempts: [], body }
      pushBounded(deliveries, d, opts.logEntries ?? DEFAULT_LOG_ENTRIES)
      if (closed) {
        d.state = 'failed'
        return d
      }
      pending++
      setTimeout(() => void attempt(d, endpoint.secret), 0)
      return d
    },
    idle(): Promise<void> {
      return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))
    },
    close(): void {
      closed = true
      for (const t of timers) clearTimeout(t)
      timers.clear()
      for (const c of inFlight) c.abort(new Error('sandbox closed'))
      for (const d of deliveries) if (d.state === 'pending') d.state = 'failed'
      pending = 0
      settle()
    },
  }
}

export type Dispatcher = ReturnType<typeof createDispatcher>
