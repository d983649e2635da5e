import type { Program } from './types.js'

/** The 13 AgentRef webhook event types. */
export type WebhookEventType =
  | 'program.created'
  | 'program.updated'
  | 'affiliate.joined'
  | 'affiliate.approved'
  | 'affiliate.blocked'
  | 'affiliate.unblocked'
  | 'conversion.created'
  | 'conversion.refunded'
  | 'payout.created'
  | 'payout.processing'
  | 'payout.completed'
  | 'payout.failed'
  | 'flag.resolved'

export type WebhookEnvironment = 'production' | 'preview' | 'development'

/** Fields every delivery carries; `data` depends on `type`. */
export interface WebhookEnvelope<T extends WebhookEventType = WebhookEventType, D = Record<string, unknown>> {
  /** Message id (`msg_…`); the same event may arrive more than once, so deduplicate on it. */
  id: string
  type: T
  schemaVersion: 2
  createdAt: string
  merchantId: string
  /** Left out for events that belong to the merchant as a whole. */
  programId?: string
  environment: WebhookEnvironment
  data: D
}

/** `program.*` data. The documented examples disagree on some fields, so all but `id` are optional. */
export interface ProgramEventData extends Partial<Program> {
  id: string
  [key: string]: unknown
}

export interface ProgramUpdatedEventData extends ProgramEventData {
  updatedFields: string[]
}

/** The docs list no fields for the payloads below; these follow the §11 objects, all optional. */
export interface AffiliateEventData {
  id?: string
  userId?: string
  programId?: string
  code?: string
  status?: string
  [key: string]: unknown
}

export interface ConversionEventData {
  id?: string
  affiliateId?: string
  programId?: string
  amount?: number
  commission?: number
  status?: string
  method?: string
  [key: string]: unknown
}

export interface PayoutEventData {
  id?: string
  affiliateId?: string
  amount?: number
  status?: string
  method?: string | null
  [key: string]: unknown
}

export interface FlagEventData {
  id?: string
  affiliateId?: string
  type?: string
  status?: string
  note?: string | null
  resolvedAt?: string | null
  [key: string]: unknown
}

/** A verified AgentRef webhook delivery; switch on `type` to narrow `data`. */
export type WebhookEvent =
  | WebhookEnvelope<'program.created', ProgramEventData>
  | WebhookEnvelope<'program.updated', ProgramUpdatedEventData>
  | WebhookEnvelope<'affiliate.joined' | 'affiliate.approved' | 'affiliate.blocked' | 'affiliate.unblocked', AffiliateEventData>
  | WebhookEnvelope<'conversion.created' | 'conversion.refunded', ConversionEventData>
  | WebhookEnvelope<'payout.created' | 'payout.processing' | 'payout.completed' | 'payout.failed', PayoutEventData>
  | WebhookEnvelope<'flag.resolved', FlagEventData>
