// A Cloudflare Worker on affiliate-fetch: click redirects through AgentClick, verified AgentRef
// webhooks, and the agent's Agentries referral codes. Secrets arrive as bindings (`wrangler secret put`).
// Built to run as many isolates at once: AgentClick's budget and Agentries' pacing are shared
// through a Durable Object, webhook effects go through a Queue and are applied once (see
// "Running at scale" in the README).
import { createAgentClick, trackClick } from 'affiliate-fetch/agentclick'
import { createAgentries, listReferralCodes } from 'affiliate-fetch/agentries'
import { isAffiliateError } from 'affiliate-fetch'
import type { DurableObjectNamespace, ExecutionContext, MessageBatch, Queue } from 'cloudflare:workers'
import { busyResponse, durableRateLimiter, RateLimitBusy } from './durable-rate-limiter.js'
import type { RateLimiter } from './rate-limiter-object.js'
import type { WebhookInbox } from './webhook-inbox.js'
import { consumeWebhooks, enqueueWebhook, type QueuedWebhook } from './webhook-queue.js'

export { RateLimiter } from './rate-limiter-object.js'
export { WebhookInbox } from './webhook-inbox.js'
import { handleMcp, type McpEnv } from './mcp.js'

export interface Env extends McpEnv {
  AGENTCLICK_API_KEY: string
  AGENTREF_WEBHOOK_SECRET: string
  AGENTRIES_DID: string
  AGENTRIES_PRIVATE_KEY: string
  /** Optional overrides, e.g. to run against the local sandbox. */
  AGENTCLICK_BASE_URL?: string
  AGENTRIES_BASE_URL?: string
  /** One RateLimiter object per AgentClick key, and one per Agentries agent. */
  RATE_LIMITER: DurableObjectNamespace<RateLimiter>
  /** One WebhookInbox object per merchant. */
  WEBHOOK_INBOX: DurableObjectNamespace<WebhookInbox>
  AGENTREF_WEBHOOKS: Queue<QueuedWebhook>
  /** Vars: the longest a click waits for an AgentClick slot (default 5 000 ms), the rate window (60 000) and its margin (1 000). */
  AGENTCLICK_MAX_WAIT_MS?: string | number
  AGENTCLICK_RATE_WINDOW_MS?: string | number
  AGENTCLICK_RATE_MARGIN_MS?: string | number
  /** Var: the longest GET /referrals waits for Agentries' reset before a 503 (default 10 000 ms). */
  AGENTRIES_MAX_WAIT_MS?: string | number
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url)
    try {
      const go = url.pathname.match(/^\/go\/(\d+)$/)
      if (go && request.method === 'GET') return await redirectThroughClick(Number(go[1]), request, env)
      if (url.pathname === '/webhooks/agentref' && request.method === 'POST') return await enqueueWebhook(request, env)
      if (url.pathname === '/referrals' && request.method === 'GET') return await referralCodes(env)
      if (url.pathname === '/mcp') return await handleMcp(request, env)
      return new Response('not found', { status: 404 })
    } catch (error) {
      if (error instanceof RateLimitBusy) return busyResponse(error)
      // API failures become a 502 with the typed error's name; anything else is a bug: 500.
      if (isAffiliateError(error)) return Response.json({ error: error.name, message: error.message }, { status: 502 })
      throw error
    }
  },
  queue: (batch: MessageBatch<QueuedWebhook>, env: Env) => consumeWebhooks(batch, env),
}

/** GET /go/:partnershipId: record the click, then send the visitor to the tracking URL. */
async function redirectThroughClick(partnershipId: number, request: Request, env: Env): Promise<Response> {
  const limiter = durableRateLimiter(env.RATE_LIMITER, env.AGENTCLICK_API_KEY, Number(env.AGENTCLICK_MAX_WAIT_MS ?? 5_000))
  const ac = createAgentClick({ apiKey: env.AGENTCLICK_API_KEY, baseUrl: env.AGENTCLICK_BASE_URL, timeout: 5_000, rateLimit: limiter })
  const click = await trackClick(ac, {
    partnership_id: partnershipId,
    context: 'cloudflare-worker',
    user_agent: request.headers.get('user-agent') ?? undefined,
  })
  const { bookMs = 0, waitMs = 0 } = limiter.timings[0] ?? {}
  // Server-Timing: the Durable Object round trip and the wait for the booked slot.
  const timing = `ratelimit-book;dur=${bookMs}, ratelimit-wait;dur=${waitMs}`
  return new Response(null, { status: 302, headers: { location: click.tracking_url, 'server-timing': timing } })
}

/** GET /referrals: the agent's referral codes, with a token minted from its Ed25519 key. */
async function referralCodes(env: Env): Promise<Response> {
  // One pacing state per agent for every isolate: its own object (the key names the DID, so it is
  // never AgentClick's), holding calls once a response said nothing remains until the reset.
  const limiter = durableRateLimiter(env.RATE_LIMITER, `agentries:${env.AGENTRIES_DID}`, Number(env.AGENTRIES_MAX_WAIT_MS ?? 10_000))
  const ag = createAgentries({ did: env.AGENTRIES_DID, privateKey: env.AGENTRIES_PRIVATE_KEY, baseUrl: env.AGENTRIES_BASE_URL, rateLimit: limiter })
  try {
    return Response.json(await listReferralCodes(ag))
  } finally {
    // A hold learnt here is stored before this answer leaves: the next request, on any isolate, sees it.
    await limiter.flush()
  }
}
