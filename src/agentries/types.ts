// Wire names (snake_case) as documented. What the docs leave out stays `unknown` or an open object.

/** GET /api/agents/{did}/referrals */
export interface PublicReferralInfo {
  /** @integer */
  active_referrals: number
  /** @integer */
  total_referrals: number
}

export interface CreateReferralCodeParams {
  /** Unit not documented; other Agentries timestamps are Unix milliseconds. @toolDescription Unit not documented; other Agentries timestamps are Unix milliseconds. @integer */
  expires_at?: number | null
  /** Meaning of 0 (unlimited or none) is not documented. @toolDescription Meaning of 0 (unlimited or none) is not documented. @integer @minimum 0 */
  max_uses?: number
}

export interface CreatedReferralCode {
  code: string
  /** Unit not documented. @integer */
  created_at: number
  /** @integer */
  max_uses: number
}

export interface ListMyReferralsParams {
  /** Default 50, max 100. @toolDescription Default 50, max 100. @integer @minimum 1 @maximum 100 */
  limit?: number
  /** Default 0. @toolDescription Default 0. @integer @minimum 0 */
  offset?: number
}

/** Item fields are not documented. */
export type Referral = Record<string, unknown>

export interface ReferralsPage {
  /** @integer */
  limit: number
  /** @integer */
  offset: number
  referrals: Referral[]
  /** @integer */
  total: number
}

/** All integers in the reference. */
export interface ReferralStats {
  /** @integer */
  active_referrals: number
  /** @integer */
  codes_active: number
  /** @integer */
  codes_created: number
  /** @integer */
  pending_referrals: number
  /** @integer */
  referral_bonus_points: number
  /** @integer */
  total_referrals: number
}

/** 200 body of POST /api/auth/token. */
export interface AuthTokenResponse {
  token: string
  /** Unix milliseconds */
  expires_at: number
  token_type: string
}
