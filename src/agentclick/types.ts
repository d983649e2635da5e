// Wire names (snake_case) as documented. Payloads and item fields the docs do not name are open objects (`Undocumented`).

/**
 * The names of the 24 documented actions (`namespace.method`; `health` has no namespace).
 * `callAction` also takes any other name, for actions the docs do not list.
 */
export type AgentClickAction =
  | 'health'
  | 'common.categories'
  | 'common.stats'
  | 'common.profile'
  | 'common.api_key_info'
  | 'publisher.programs_search'
  | 'publisher.programs_detail'
  | 'publisher.partnerships_apply'
  | 'publisher.partnerships_cancel'
  | 'publisher.partnerships_list'
  | 'publisher.links_generate'
  | 'publisher.selfback_list'
  | 'publisher.selfback_apply'
  | 'publisher.report'
  | 'publisher.earnings_summary'
  | 'publisher.earnings_payouts'
  | 'publisher.notifications_list'
  | 'publisher.notifications_read'
  | 'agent.recommend'
  | 'agent.program_detail'
  | 'agent.track_click'
  | 'agent.record_conversion'
  | 'agent.catalog'
  | 'agent.categories'

/** A program's reward model, as the docs list the values: `cpa`, `cpc` or `cpi` (not defined further; the usual reading is per action, per click, per install). */
export type RewardType = 'cpa' | 'cpc' | 'cpi'
/** Sort order of `searchPrograms`: newest first, reward high to low or low to high, by name, by confirmation rate, by EPC. The default is not documented. */
export type ProgramSort = 'newest' | 'reward_desc' | 'reward_asc' | 'name' | 'confirmation_rate_desc' | 'epc_desc'
/** Where a partnership stands: `pending`, `approved`, `rejected` or `suspended`. Only a pending one can be cancelled; only an approved one gets tracking links. */
export type PartnershipStatus = 'pending' | 'approved' | 'rejected' | 'suspended'

/** Paging of the list actions. `per_page` max is 50 for program search; other maxima are not documented. */
export interface PageParams {
  /** Page number, from 1. Default 1 (documented for program search only). @integer @minimum 1 */
  page?: number
  /** Items per page. Program search: default 20, max 50; for the other lists default and max are not documented. @integer @minimum 1 */
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
  /** The program's id: the value `program_id` parameters take (inferred from the docs' sample flows). @integer */
  id: number
  /** The program's name, when sent (not documented for these items; the catalogue samples read `name`). */
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
  /** Other fields the server sends (not documented). */
  [field: string]: unknown
}

/** A list payload: the documented array plus whatever else the server sends (paging fields are not documented). */
export type ListOf<K extends string, T> = { [P in K]: T[] } & Record<string, unknown>

/** The fields of a list payload that hold its items: what `paginate` and {@link ItemOf} read. */
export type ListKey = 'programs' | 'partnerships' | 'payouts' | 'notifications'

/** What `checkHealth` resolves to: `health`'s `data`. */
export interface HealthStatus {
  /** `ok` in the reference's sample. */
  status: string
  /** The sample marks further fields with `...` without naming them. */
  [field: string]: unknown
}

/** A program category of `common.categories`: its `id` and `slug` are the filter values of program search. */
export interface Category {
  /** Category id: the value `category_id` filters take. @integer */
  id: number
  /** The category's display name. */
  name: string
  /** Short key: the value `category_slug` filters take, e.g. `ai-chatbot`. */
  slug: string
  /** The category's description. */
  description: string
  /** Position in the category list's order (not documented further). @integer */
  sort_order: number
}

/** Filters, order and paging of `searchPrograms`; every one optional. */
export interface SearchProgramsParams extends PageParams {
  /** Only programs of this category (a `Category.id`). @integer */
  category_id?: number
  /** Only programs of this category, by slug (a `Category.slug`, e.g. `ai-chatbot`). */
  category_slug?: string
  /** Only programs with this reward model. */
  reward_type?: RewardType
  /** Searches the program name and description. */
  keyword?: string
  /** Minimum reward, in JPY. @toolDescription JPY. @integer @minimum 0 */
  min_reward?: number
  /** `true`: only programs eligible for self-back (self-affiliate). */
  self_affiliate?: boolean
  /** Minimum confirmation rate, in percent. @toolDescription Percent. @integer @minimum 0 @maximum 100 */
  min_confirmation_rate?: number
  /** `true`: only programs that allow listing ads. */
  allow_listing?: boolean
  /** Filter on whether the program has a product link (not described further). */
  has_product_link?: boolean
  /** Filter on ITP support (not described further). */
  itp_supported?: boolean
  /** `true`: only programs with a campaign running. */
  is_campaign?: boolean
  /** `true`: only new programs (what counts as new is not documented). */
  is_new?: boolean
  /** `true`: only programs that approve applications instantly. */
  auto_approve?: boolean
  /** Result order; the default is not documented. */
  sort?: ProgramSort
}

/** Names one program. */
export interface ProgramIdParams {
  /** The program's id (`id` of a program item). @integer */
  program_id: number
}

/** Names one of the caller's partnerships. */
export interface PartnershipIdParams {
  /** The partnership's id (`partnership_id` from `applyForPartnership` or `listPartnerships`). @integer */
  partnership_id: number
}

/** `publisher.partnerships_apply`'s documented result. */
export interface Partnership {
  /** The partnership's id, for `trackClick`, `generateLinks` and `cancelPartnership`. @integer */
  partnership_id: number
  /** `approved` at once for programs that auto-approve, else `pending` (inferred). */
  status: PartnershipStatus
  /** The partnership's tracking code (32 hex characters), which `recordConversion` takes. */
  tracking_code: string
}

/** Filter and paging of `listPartnerships` (defaults and max not documented). */
export interface ListPartnershipsParams extends PageParams {
  /** Only partnerships in this status; all when left out. */
  status?: PartnershipStatus
}

/** Date range and grouping of `getReport`. */
export interface ReportParams {
  /** Start of the range (YYYY-MM-DD); default the first day of the current month. @toolDescription YYYY-MM-DD; default the first day of the current month. @format date */
  start_date?: string
  /** End of the range (YYYY-MM-DD); default today. @toolDescription YYYY-MM-DD; default today. @format date */
  end_date?: string
  /** Rows per program or per day; the default is not documented. */
  group_by?: 'program' | 'daily'
}

/** Filter and paging of `listNotifications` (defaults and max not documented). */
export interface ListNotificationsParams extends PageParams {
  /** `true`: only unread notifications. */
  unread_only?: boolean
}

/** What `markNotificationsRead` marks: one notification, or all of them. */
export interface MarkNotificationsReadParams {
  /** The notification to mark read; without it, ALL notifications are marked read. @integer */
  notification_id?: number
}

/** What `recommendPrograms` matches; every one optional. */
export interface RecommendParams {
  /** Free text saying what the programs are for, e.g. code generation, image generation. */
  use_case?: string
  /** Only programs of this category, by slug (a `Category.slug`). */
  category_slug?: string
  /** Only programs of this category (a `Category.id`). @integer */
  category_id?: number
  /** Only programs with this reward model. */
  reward_type?: RewardType
  /** How many programs, at most. Default 5, max 20. @toolDescription Default 5, max 20. @integer @minimum 1 @maximum 20 */
  limit?: number
}

/** The click `trackClick` records. */
export interface TrackClickParams {
  /** The partnership the click is for (`partnership_id` from `applyForPartnership` or `listPartnerships`). @integer */
  partnership_id: number
  /** Channel or device, e.g. `voice-assistant`, `iot-device`, `chatbot`. @toolDescription Channel or device, e.g. `voice-assistant`, `iot-device`, `chatbot`. */
  context?: string
  /** A User-Agent string for the click (not described in the docs). */
  user_agent?: string
}

/** `agent.track_click`'s documented result. */
export interface TrackedClick {
  /** The recorded click's id. @integer */
  click_id: number
  /** The tracking URL to send the user to. */
  tracking_url: string
  /** The program's landing page (LP) URL. */
  lp_url: string
}

/** The conversion `recordConversion` records. */
export interface RecordConversionParams {
  /** The partnership's tracking code: 32 hex characters @toolDescription 32 hex characters */
  tracking_code: string
  /** Your order id. Deduplication key: with it the call is retried safely (the server answers 409 to a repeat). @toolDescription Deduplication key: with it the call is retried safely (the server answers 409 to a repeat). */
  order_id?: string
  /** The conversion's amount, in whole JPY (whether sale value or reward is not documented). @toolDescription JPY. @integer @minimum 0 */
  amount?: number
}

/** A catalogue entry: "name, category and reward only" in prose; the samples read `name` and `reward_amount`. */
export interface CatalogEntry {
  /** The program's name. */
  name?: string
  /** The program's reward; unit not documented (the docs' other amounts are JPY). */
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
