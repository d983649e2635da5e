import type { Affiliate, Conversion, Flag, Payout, Program, WebhookEnvironment, WebhookEventType, WebhookSchemaVersion } from './types.ts'

/** Fields every delivery carries; `data` depends on `type`. */
export interface WebhookEnvelope<T extends WebhookEventType = WebhookEventType, D = Record<string, unknown>> {
  /** Message id (`msg_…`); the same event may arrive more than once, so deduplicate on it. */
  id: string
  type: T
  schemaVersion: WebhookSchemaVersion
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

/** The docs list no fields for the payloads below; they follow the REST objects, every field optional. */
export interface AffiliateEventData extends Partial<Affiliate> {
  [key: string]: unknown
}

export interface ConversionEventData extends Partial<Conversion> {
  [key: string]: unknown
}

export interface PayoutEventData extends Partial<Payout> {
  [key: string]: unknown
}

export interface FlagEventData extends Partial<Flag> {
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
