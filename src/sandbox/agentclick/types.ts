/** In-memory records of the AgentClick emulation (snake_case, as the API speaks). */

export type Role = 'agent' | 'publisher' | 'advertiser'
export type RewardType = 'cpa' | 'cpc' | 'cpi'
export type PartnershipStatus = 'pending' | 'approved' | 'rejected' | 'suspended'

export interface AcCategory {
  id: number
  name: string
  slug: string
  description: string
  sort_order: number
}

export interface AcProgram {
  id: number
  name: string
  advertiser_name: string
  category_id: number
  description: string
  reward_type: RewardType
  /** JPY, integer. */
  reward_amount: number
  reward_condition: string
  lp_url: string
  cookie_days: number
  confirmation_rate: number
  /** JPY per click. */
  epc: number
  self_affiliate: boolean
  allow_listing: boolean
  has_product_link: boolean
  itp_supported: boolean
  is_campaign: boolean
  is_new: boolean
  auto_approve: boolean
  tags: string[]
  created_at: string
}

export interface AcUser {
  id: number
  key: string
  role: Role
  name: string
  email: string
  site_name: string | null
  site_url: string | null
  company_name: string | null
  request_count: number
  last_used_at: string | null
  created_at: string
}

export interface AcPartnership {
  id: number
  program_id: number
  user_id: number
  status: PartnershipStatus
  /** 32 lowercase hex characters. */
  tracking_code: string
  selfback: boolean
  applied_at: string
  approved_at: string | null
}

export interface AcClick {
  id: number
  partnership_id: number
  program_id: number
  user_id: number
  context: string | null
  user_agent: string | null
  created_at: string
}

export interface AcConversion {
  id: number
  partnership_id: number
  program_id: number
  user_id: number
  order_id: string | null
  amount: number | null
  reward: number
  status: 'pending' | 'approved' | 'rejected'
  created_at: string
}

export interface AcNotification {
  id: number
  user_id: number
  title: string
  body: string
  is_read: boolean
  created_at: string
}

export interface AcPayout {
  id: number
  user_id: number
  period: string
  gross_reward: number
  withholding_tax: number
  transfer_fee: number
  net_payout: number
  status: 'paid' | 'scheduled'
  paid_at: string | null
}

export interface AgentClickState {
  categories: AcCategory[]
  programs: Map<number, AcProgram>
  /** By API key. */
  users: Map<string, AcUser>
  partnerships: Map<number, AcPartnership>
  clicks: AcClick[]
  conversions: AcConversion[]
  notifications: AcNotification[]
  payouts: AcPayout[]
  /** `${userId}:${programId}` pairs that used self-back. */
  selfback: Set<string>
  seq: { partnership: number; click: number; conversion: number; notification: number; payout: number }
}
