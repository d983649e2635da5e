/** In-memory records of the AgentClick emulation (snake_case, as the API speaks). */

/** An AgentClick key's role: which actions it may call. */
export type Role = 'agent' | 'publisher' | 'advertiser'
/** What an AgentClick program rewards: `cpa` (an action), `cpc` (a click), `cpi` (an install). */
export type RewardType = 'cpa' | 'cpc' | 'cpi'
/** An AgentClick partnership status: `pending` until approved or rejected. */
export type PartnershipStatus = 'pending' | 'approved' | 'rejected' | 'suspended'

/** An AgentClick program category. */
export interface AcCategory {
  /** Category id (`category_id` in searches). */
  id: number
  /** Category name (Japanese in the seed). */
  name: string
  /** Category slug (`category_slug` in searches), e.g. `ai-chatbot`. */
  slug: string
  /** Description. */
  description: string
  /** Display order, ascending. */
  sort_order: number
}

/** An AgentClick program as the sandbox stores it. The API documents no field names here; this is the sandbox's own. */
export interface AcProgram {
  /** Program id (`program_id`; 101 to 112 in the seed). */
  id: number
  /** Program name. */
  name: string
  /** The advertiser's name. */
  advertiser_name: string
  /** Its category (`AcCategory.id`). */
  category_id: number
  /** Description. */
  description: string
  /** What is rewarded. */
  reward_type: RewardType
  /** JPY, integer. */
  reward_amount: number
  /** What earns the reward, in words. */
  reward_condition: string
  /** Landing page URL (on a `*.sandbox.test` host that does not exist). */
  lp_url: string
  /** Cookie lifetime, days. */
  cookie_days: number
  /** Share of conversions confirmed, percent (what `min_confirmation_rate` filters on). */
  confirmation_rate: number
  /** JPY per click. */
  epc: number
  /** Eligible for self-back (`selfback_apply`). */
  self_affiliate: boolean
  /** Allows listing ads. */
  allow_listing: boolean
  /** Has product links. Meaning not documented. */
  has_product_link: boolean
  /** ITP-supported tracking. Meaning not documented. */
  itp_supported: boolean
  /** A campaign is running. */
  is_campaign: boolean
  /** A new program. */
  is_new: boolean
  /** Applications are approved at once. */
  auto_approve: boolean
  /** Search keywords (the sandbox matches `keyword` against them too). */
  tags: string[]
  /** Creation time, ISO datetime. */
  created_at: string
}

/** An AgentClick account, one per key (the sandbox has one per role). */
export interface AcUser {
  /** User id (1001 to 1003 in the seed). */
  id: number
  /** The user's API key (`aa_…`). */
  key: string
  /** The key's role. */
  role: Role
  /** Display name. */
  name: string
  /** E-mail address. */
  email: string
  /** A publisher's or agent's site name, or null. */
  site_name: string | null
  /** A publisher's or agent's site URL, or null. */
  site_url: string | null
  /** An advertiser's company name, or null. */
  company_name: string | null
  /** Requests made with the key. */
  request_count: number
  /** Last request with the key, ISO datetime, or null. */
  last_used_at: string | null
  /** Creation time, ISO datetime. */
  created_at: string
}

/** A partnership of a user with a program, which tracking needs once approved. */
export interface AcPartnership {
  /** Partnership id (`partnership_id`). */
  id: number
  /** The program. */
  program_id: number
  /** The applicant (`AcUser.id`). */
  user_id: number
  /** Partnership status. */
  status: PartnershipStatus
  /** 32 lowercase hex characters. */
  tracking_code: string
  /** Made by `selfback_apply`. */
  selfback: boolean
  /** When it was applied for, ISO datetime. */
  applied_at: string
  /** When it was approved, ISO datetime, or null. */
  approved_at: string | null
}

/** A tracked click. */
export interface AcClick {
  /** Click id (`click_id`). */
  id: number
  /** The partnership it was tracked for. */
  partnership_id: number
  /** The program. */
  program_id: number
  /** The partner (`AcUser.id`). */
  user_id: number
  /** Channel or device type given to `track_click` (e.g. `chatbot`), or null. */
  context: string | null
  /** User agent given to `track_click`, or null. */
  user_agent: string | null
  /** When it was tracked, ISO datetime. */
  created_at: string
}

/** A recorded conversion. The API documents no field names here; this is the sandbox's own. */
export interface AcConversion {
  /** Conversion id. */
  id: number
  /** The partnership whose tracking code it was recorded with. */
  partnership_id: number
  /** The program. */
  program_id: number
  /** The partner (`AcUser.id`). */
  user_id: number
  /** The deduplication key given to `record_conversion` (unique per program), or null. */
  order_id: string | null
  /** Sale amount, JPY (integer), or null when not given. */
  amount: number | null
  /** The partner's reward, JPY: the program's `reward_amount`. */
  reward: number
  /** Conversion status. Meaning not documented. */
  status: 'pending' | 'approved' | 'rejected'
  /** When it was recorded, ISO datetime. */
  created_at: string
}

/** A user's notification. The API documents no field names here; this is the sandbox's own. */
export interface AcNotification {
  /** Notification id (`notification_id`). */
  id: number
  /** The recipient (`AcUser.id`). */
  user_id: number
  /** Title. */
  title: string
  /** Text. */
  body: string
  /** Whether it was marked read. */
  is_read: boolean
  /** Creation time, ISO datetime. */
  created_at: string
}

/** A payout to a publisher or agent. The API documents no field names here; this is the sandbox's own. */
export interface AcPayout {
  /** Payout id. */
  id: number
  /** The payee (`AcUser.id`). */
  user_id: number
  /** The month it pays, `YYYY-MM`. */
  period: string
  /** Gross reward, JPY. */
  gross_reward: number
  /** Withholding tax, JPY. */
  withholding_tax: number
  /** Transfer fee, JPY. */
  transfer_fee: number
  /** Net payout, JPY: gross reward less tax and fee. */
  net_payout: number
  /** `paid`, or `scheduled`. */
  status: 'paid' | 'scheduled'
  /** When it was paid, ISO datetime, or null. */
  paid_at: string | null
}

/** The AgentClick emulation's live state (see `sandbox.state.agentclick`). */
export interface AgentClickState {
  /** Program categories. */
  categories: AcCategory[]
  /** Programs by id. */
  programs: Map<number, AcProgram>
  /** By API key. */
  users: Map<string, AcUser>
  /** Partnerships by id. */
  partnerships: Map<number, AcPartnership>
  /** Tracked clicks, oldest first. */
  clicks: AcClick[]
  /** Recorded conversions, oldest first. */
  conversions: AcConversion[]
  /** Every user's notifications. */
  notifications: AcNotification[]
  /** Every user's payouts. */
  payouts: AcPayout[]
  /** `${userId}:${programId}` pairs that used self-back. */
  selfback: Set<string>
  /** The last id given out per record kind (ids are sequential). */
  seq: { partnership: number; click: number; conversion: number; notification: number; payout: number }
}
