// Durable webhook handling: the receiver verifies and enqueues, the queue consumer applies each
// event once through the merchant's WebhookInbox; what keeps failing ends in the dead letters.
import { verifyWebhookRequest, WebhookVerificationError, type WebhookEvent } from 'affiliate-fetch/agentref'
import type { MessageBatch } from 'cloudflare:workers'
import type { Env } from './index.js'

/** What goes on the queue: the verified event and the delivery's id, the deduplication key. */
export interface QueuedWebhook {
  svixId: string
  event: WebhookEvent
}

/** The dead-letter queue's name, as in wrangler.toml; its batches are parked, not applied. */
export const DEAD_LETTER_QUEUE = 'agentref-webhooks-dlq'

/**
 * POST /webhooks/agentref: 204 once the verified event is on the queue (durable), 400 if it fails
 * verification. If the queue refuses it, the error becomes a 500 and AgentRef delivers again.
 */
export async function enqueueWebhook(request: Request, env: Env): Promise<Response> {
  let event: WebhookEvent
  try {
    event = await verifyWebhookRequest(request, env.AGENTREF_WEBHOOK_SECRET)
  } catch (error) {
    if (error instanceof WebhookVerificationError) return Response.json({ error: error.reason }, { status: 400 })
    throw error
  }
  // The id verifyWebhookRequest has checked and signed: svix-id, or Standard Webhooks' webhook-id.
  const svixId = request.headers.get('svix-id') ?? request.headers.get('webhook-id')!
  await env.AGENTREF_WEBHOOKS.send({ svixId, event })
  return new Response(null, { status: 204 })
}

const inboxOf = (env: Env, event: WebhookEvent) => env.WEBHOOK_INBOX.get(env.WEBHOOK_INBOX.idFromName(event.merchantId))

/**
 * The queue consumer. A message is acknowledged once its effect is applied (or was already);
 * a failure asks the Queue to retry it later, and after `max_retries` the Queue moves it to the
 * dead-letter queue, whose consumer (this same function) parks it in the inbox.
 */
export async function consumeWebhooks(batch: MessageBatch<QueuedWebhook>, env: Env): Promise<void> {
  const dead = batch.queue === DEAD_LETTER_QUEUE
  await Promise.all(
    batch.messages.map(async (message) => {
      const { svixId, event } = message.body
      try {
        if (dead) await inboxOf(env, event).bury(svixId, event, 'the queue gave up after its retries')
        else await inboxOf(env, event).apply(svixId, event)
        message.ack()
      } catch (error) {
        console.error(`agentref event ${event.type} ${svixId}: attempt ${message.attempts} failed: ${(error as Error)?.message ?? error}`)
        message.retry()
      }
    }),
  )
}
