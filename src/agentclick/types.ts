// Wire names (snake_case) as documented. Payloads and item fields the docs do not name are open objects (`Undocumented`).

export type RewardType = 'cpa' | 'cpc' | 'cpi'
export type ProgramSort = 'newest' | 'reward_desc' | 'reward_asc' | 'name' | 'confirmation_rate_desc' | 'epc_desc'
export type PartnershipStatus = 'pending' | 'approved' | 'rejected' | 'suspended'

/** Paging of the list actions. `per_page` max is 50 for program search; other maxima are not documented. */
export interface PageParams {
  /** @integer @minimum 1 */
  page?: number
  /** @integer @minimum 1 */
  per_page?: number
}

/**
 * A payload whose fields the reference does not name (only prose, or nothing): an open object.
 * Read fields with a check, e.g. `typeof data.unpaid_balance === 'number'`.
 */
export type Undocumented = Record<string, unknown>

/**
 * A program of the search, self-back and recommendation lists, and of the detail actions. The
 * reference names no item fields; `id` is the integer that `program_id` parameters take (the
 * docs' sample flows pass `id` on), so `programs[0].id` goes straight into `applyForPartnership`.
 */
export interface AgentClickProgram {
  /** @integer */
  id: number
  name?: string
  /** The reference names no item fields: the rest is open. */
  [field: string]: unknown
}

/** `publisher.earnings_payouts` items: gross reward, withholding tax, transfer fee, net payout (field names not documented). */
export type AgentClickPayout = Undocumented
/** `publisher.notifications_list` items (fields not documented). */
export type AgentClickNotification = Undocumented
/**
 * A partnership as listed: the fields `partnerships_apply` documents for one (`tracking_code` is
 * documented for list items); the reference names no other item fields, so the rest is open.
 */
export interface AgentClickPartnership extends Partnership {
  [field: string]: unknown
}

/** A list payload: the documented array plus whatever else the server sends (paging fields are not documented). */
export type ListOf<K extends string, T> = { [P in K]: T[] } & Record<string, unknown>

export interface HealthStatus {
  /** `ok` in the reference's sample. */
  status: string
  /** The sample marks further fields with `...` without naming them. */
  [field: string]: unknown
}

export interface Category {
  /** @integer */
  id: number
  name: string
  slug: string
  description: string
  /** @integer */
  sort_order: number
}

export interface SearchProgramsParams extends PageParams {
  /** @integer */
  category_id?: number
  category_slug?: string
  reward_type?: RewardType
  keyword?: string
  /** JPY. @toolDescription JPY. @integer @minimum 0 */
  min_reward?: number
  self_affiliate?: boolean
  /** Percent. @toolDescription Percent. @integer @minimum 0 @maximum 100 */
  min_confirmation_rate?: number
  allow_listing?: boolean
  has_product_link?: boolean
  itp_supported?: boolean
  is_campaign?: boolean
  is_new?: boolean
  auto_approve?: boolean
  sort?: ProgramSort
}

export interface ProgramIdParams {
  /** @integer */
  program_id: number
}

export interface PartnershipIdParams {
  /** @integer */
  partnership_id: number
}

/** `publisher.partnerships_apply`'s documented result. */
export interface Partnership {
  /** @integer */
  partnership_id: number
  status: PartnershipStatus
  tracking_code: string
}

export interface ListPartnershipsParams extends PageParams {
  status?: PartnershipStatus
}

export interface ReportParams {
  /** YYYY-MM-DD; default the first day of the current month. @toolDescription YYYY-MM-DD; default the first day of the current month. @format date */
  start_date?: string
  /** YYYY-MM-DD; default today. @toolDescription YYYY-MM-DD; default today. @format date */
  end_date?: string
  group_by?: 'program' | 'daily'
}

export interface ListNotificationsParams extends PageParams {
  unread_only?: boolean
}

export interface MarkNotificationsReadParams {
  /** Without it, ALL notifications are marked read. */
  /** @integer */
  notification_id?: number
}

export interface RecommendParams {
  use_case?: string
  category_slug?: string
  /** @integer */
  category_id?: number
  reward_type?: RewardType
  /** Default 5, max 20. @toolDescription Default 5, max 20. @integer @minimum 1 @maximum 20 */
  limit?: number
}

export interface TrackClickParams {
  /** @integer */
  partnership_id: number
  /** Channel or device, e.g. `voice-assistant`, `iot-device`, `chatbot`. @toolDescription Channel or device, e.g. `voice-assistant`, `iot-device`, `chatbot`. */
  context?: string
  user_agent?: string
}

export interface TrackedClick {
  /** @integer */
  click_id: number
  tracking_url: string
  lp_url: string
}

export interface RecordConversionParams {
  /** 32 hex characters @toolDescription 32 hex characters */
  tracking_code: string
  /** Deduplication key: with it the call is retried safely (the server answers 409 to a repeat). @toolDescription Deduplication key: with it the call is retried safely (the server answers 409 to a repeat). */
  order_id?: string
  /** JPY. @toolDescription JPY. @integer @minimum 0 */
  amount?: number
}

/** A catalogue entry: "name, category and reward only" in prose; the samples read `name` and `reward_amount`. */
export interface CatalogEntry {
  name?: string
  reward_amount?: number
  /** Other field names (the category's) are not documented. */
  [field: string]: unknown
}

/** The docs contradict each other: an object with `programs`, or a bare array. Returned as sent. */
export type Catalog = ListOf<'programs', CatalogEntry> | CatalogEntry[]

/** A category with its program count (the count's field name is not documented). */
export interface CategoryCount extends Partial<Category> {
  /** The count's field name is not documented. */
  [field: string]: unknown
}
