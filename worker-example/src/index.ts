// A Cloudflare Worker on affiliate-fetch: click redirects through AgentClick, verified AgentRef
// webhooks, and the agent's Agentries referral codes. Secrets arrive as bindings (`wrangler secret put`).
import { createAgentClick, trackClick } from 'affiliate-fetch/agentclick'
import { verifyWebhookRequest, WebhookVerificationError, type WebhookEvent } from 'affiliate-fetch/agentref'
import { createAgentries, listReferralCodes } from 'affiliate-fetch/agentries'
import { isAffiliateError } from 'affiliate-fetch'
import { handleMcp, type McpEnv } from './mcp.js'

export interface Env extends McpEnv {
  AGENTCLICK_API_KEY: string
  AGENTREF_WEBHOOK_SECRET: string
  AGENTRIES_DID: string
  AGENTRIES_PRIVATE_KEY: string
  /** Optional overrides, e.g. to run against the local sandbox. */
  AGENTCLICK_BASE_URL?: string
  AGENTRIES_BASE_URL?: string
}

export default {
  async fetch(request: Request, env: Env, ctx: { waitUntil(p: Promise<unknown>): void }): Promise<Response> {
    const url = new URL(request.url)
    try {
      const go = url.pathname.match(/^\/go\/(\d+)$/)
      if (go && request.method === 'GET') return await redirectThroughClick(Number(go[1]), request, env)
      if (url.pathname === '/webhooks/agentref' && request.method === 'POST') return await receiveWebhook(request, env, ctx)
      if (url.pathname === '/referrals' && request.method === 'GET') return await referralCodes(env)
      if (url.pathname === '/mcp') return await handleMcp(request, env)
      return new Response('not found', { status: 404 })
    } catch (error) {
      // API failures become a 502 with the typed error's name; anything else is a bug: 500.
      if (isAffiliateError(error)) return Response.json({ error: error.name, message: error.message }, { status: 502 })
      throw error
    }
  },
}

/** GET /go/:partnershipId: record the click, then send the visitor to the tracking URL. */
async function redirectThroughClick(partnershipId: number, request: Request, env: Env): Promise<Response> {
  const ac = createAgentClick({ apiKey: env.AGENTCLICK_API_KEY, baseUrl: env.AGENTCLICK_BASE_URL, timeout: 5_000 })
  const click = await trackClick(ac, {
    partnership_id: partnershipId,
    context: 'cloudflare-worker',
    user_agent: request.headers.get('user-agent') ?? undefined,
  })
  return Response.redirect(click.tracking_url, 302)
}

/** POST /webhooks/agentref: 204 for a verified delivery, 400 for anything that fails verification. */
async function receiveWebhook(request: Request, env: Env, ctx: { waitUntil(p: Promise<unknown>): void }): Promise<Response> {
  let event: WebhookEvent
  try {
    event = await verifyWebhookRequest(request, env.AGENTREF_WEBHOOK_SECRET)
  } catch (error) {
    if (error instanceof WebhookVerificationError) return Response.json({ error: error.reason }, { status: 400 })
    throw error
  }
  // Answer fast (AgentRef waits 30 s at most); do the work after the response.
  ctx.waitUntil(handleEvent(event))
  return new Response(null, { status: 204 })
}

async function handleEvent(event: WebhookEvent): Promise<void> {
  // Deduplicate on event.id in your store: the same event may be delivered more than once.
  console.log(`agentref event ${event.type} ${event.id}`)
}

/** GET /referrals: the agent's referral codes, with a token minted from its Ed25519 key. */
async function referralCodes(env: Env): Promise<Response> {
  const ag = createAgentries({ did: env.AGENTRIES_DID, privateKey: env.AGENTRIES_PRIVATE_KEY, baseUrl: env.AGENTRIES_BASE_URL })
  return Response.json(await listReferralCodes(ag))
}
