// Wire names (snake_case) as documented. What the docs leave out stays `unknown` or an open object.

/** GET /api/agents/{did}/referrals */
export interface PublicReferralInfo {
  active_referrals: number
  total_referrals: number
  [field: string]: unknown
}

export interface CreateReferralCodeParams {
  /** Unit not documented; other Agentries timestamps are Unix milliseconds. @integer */
  expires_at?: number | null
  /** Meaning of 0 (unlimited or none) is not documented. @integer @minimum 0 */
  max_uses?: number
}

export interface CreatedReferralCode {
  code: string
  created_at: number
  max_uses: number
  [field: string]: unknown
}

export interface ListMyReferralsParams {
  /** Default 50, max 100. @integer @minimum 1 @maximum 100 */
  limit?: number
  /** Default 0. @integer @minimum 0 */
  offset?: number
}

/** Item fields are not documented. */
export type Referral = Record<string, unknown>

export interface ReferralsPage {
  limit: number
  offset: number
  referrals: Referral[]
  total: number
}

export interface ReferralStats {
  active_referrals: number
  codes_active: number
  codes_created: number
  pending_referrals: number
  referral_bonus_points: number
  total_referrals: number
  [field: string]: unknown
}

/** 200 body of POST /api/auth/token. */
export interface AuthTokenResponse {
  token: string
  /** Unix milliseconds */
  expires_at: number
  token_type: string
}
