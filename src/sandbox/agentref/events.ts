import type { Random } from '../shared/prng.ts'
import { replyText } from '../shared/reply.ts'
import type { AgentRefState, WebhookEventType } from './types.ts'
import type { Dispatcher } from './webhooks.ts'

/** The §12.1 envelope. */
export interface WebhookEnvelope {
  id: string
  type: WebhookEventType
  schemaVersion: 2
  createdAt: string
  merchantId: string
  programId?: string
  environment: 'development'
  data: unknown
}

/** Builds the event envelope and queues one delivery per active, subscribed endpoint. */
export function createEmitter(st: AgentRefState, rnd: Random, dispatcher: Dispatcher) {
  return (type: WebhookEventType, programId: string | null, data: unknown): WebhookEnvelope => {
    const envelope: WebhookEnvelope = { id: `msg_${rnd.hex(24)}`, type, schemaVersion: 2, createdAt: new Date().toISOString(), merchantId: st.merchant.id, environment: 'development', data }
    if (programId !== null) envelope.programId = programId
    const body = replyText({ status: 200, body: envelope })
    for (const endpoint of st.webhooks.values()) {
      if (endpoint.status !== 'active' || !endpoint.subscribedEvents.includes(type)) continue
      if (endpoint.programId !== null && endpoint.programId !== programId) continue
      dispatcher.deliver({ id: endpoint.id, url: endpoint.url, secret: () => endpoint._secret }, envelope.id, type, body)
    }
    return envelope
  }
}

export type Emit = ReturnType<typeof createEmitter>
