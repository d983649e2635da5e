import type { Affiliate, Conversion, Flag, Payout, Program, WebhookEnvironment, WebhookEventType, WebhookSchemaVersion } from './types.ts'

/** Fields every delivery carries; `data` depends on `type`. */
export interface WebhookEnvelope<T extends WebhookEventType = WebhookEventType, D = Record<string, unknown>> {
  /** Message id (`msg_…`); the same event may arrive more than once, so deduplicate on it. */
  id: string
  /** The event type, one of the 13 (`payout.completed`…); checking it narrows `data`. */
  type: T
  /** Payload schema version: always `2` at present. */
  schemaVersion: WebhookSchemaVersion
  /** When the event was created, ISO-8601 datetime. */
  createdAt: string
  /** The merchant the event belongs to. */
  merchantId: string
  /** The program the event belongs to; left out for events that belong to the merchant as a whole. */
  programId?: string
  /** `production`, `preview` or `development`; what sets it is not documented. */
  environment: WebhookEnvironment
  /** The event's payload; its shape depends on `type`. */
  data: D
}

/**
 * `program.*` data. The documented examples disagree on some fields, so all but `id` are optional.
 * Typed after the REST `Program` (`commissionType: 'recurring'`, `commissionPercent`), the copy
 * that matches the SDK; the other copy shows `commissionType: 'percentage'` and `commissionValue`.
 */
export interface ProgramEventData extends Partial<Program> {
  /** The program's id. */
  id: string
  /** Any other field the payload carries. */
  [key: string]: unknown
}

/** `program.updated` data: the program plus the names of the fields that changed. */
export interface ProgramUpdatedEventData extends ProgramEventData {
  /** Names of the program fields the update changed, e.g. `commissionPercent`. */
  updatedFields: string[]
}

/**
 * `affiliate.*` data. The docs list no fields for this payload or those below; they follow the
 * REST objects (here `Affiliate`), every field optional.
 */
export interface AffiliateEventData extends Partial<Affiliate> {
  /** Any other field the payload carries. */
  [key: string]: unknown
}

/** `conversion.*` data: fields not documented; typed after the REST `Conversion`, every field optional. */
export interface ConversionEventData extends Partial<Conversion> {
  /** Any other field the payload carries. */
  [key: string]: unknown
}

/** `payout.*` data: fields not documented; typed after the REST `Payout`, every field optional. */
export interface PayoutEventData extends Partial<Payout> {
  /** Any other field the payload carries. */
  [key: string]: unknown
}

/** `flag.resolved` data: fields not documented; typed after the REST `Flag`, every field optional. */
export interface FlagEventData extends Partial<Flag> {
  /** Any other field the payload carries. */
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
