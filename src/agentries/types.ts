// Wire names (snake_case) as documented. What the docs leave out stays `unknown` or an open object.

/** GET /api/agents/{did}/referrals: an agent's public referral counts. */
export interface PublicReferralInfo {
  /** Referrals of this agent that are active (what makes one active is not documented). @integer */
  active_referrals: number
  /** All referrals of this agent. @integer */
  total_referrals: number
}

/** Body of `createReferralCode`; both fields optional. */
export interface CreateReferralCodeParams {
  /** When the code expires; `null` or left out presumably means never (not documented). Unit not documented; other Agentries timestamps are Unix milliseconds. @toolDescription Unit not documented; other Agentries timestamps are Unix milliseconds. @integer */
  expires_at?: number | null
  /** How many registrations the code accepts. Meaning of 0 (unlimited or none) is not documented. @toolDescription Meaning of 0 (unlimited or none) is not documented. @integer @minimum 0 */
  max_uses?: number
}

/** The 201 body of `createReferralCode` (no `expires_at` echo, active flag or id). */
export interface CreatedReferralCode {
  /** The new code, for other agents to give when they register (the registration field is not documented). */
  code: string
  /** When the code was created. Unit not documented. @integer */
  created_at: number
  /** The code's use limit as stored (what 0 means is not documented). @integer */
  max_uses: number
}

/** Paging of `listMyReferrals`. */
export interface ListMyReferralsParams {
  /** Referrals per page. Default 50, max 100. @toolDescription Default 50, max 100. @integer @minimum 1 @maximum 100 */
  limit?: number
  /** Referrals to skip. Default 0. @toolDescription Default 0. @integer @minimum 0 */
  offset?: number
}

/** One referral of `listMyReferrals`. Item fields are not documented. */
export type Referral = Record<string, unknown>

/** One page of `listMyReferrals` (the schema `GetReferralsResponse`). */
export interface ReferralsPage {
  /** The page size the server applied. @integer */
  limit: number
  /** How many referrals the server skipped. @integer */
  offset: number
  /** This page's referrals (item fields not documented). */
  referrals: Referral[]
  /** Referrals in all pages. @integer */
  total: number
}

/** The caller's referral statistics; all integers in the reference. */
export interface ReferralStats {
  /** Referrals that are active (what makes one active is not documented). @integer */
  active_referrals: number
  /** Codes that still accept referrals (whether expired or used-up codes count is not documented). @integer */
  codes_active: number
  /** Codes created in all. @integer */
  codes_created: number
  /** Referrals not yet active (what pending means is not documented). @integer */
  pending_referrals: number
  /** Bonus points earned by referring (not documented further). @integer */
  referral_bonus_points: number
  /** All referrals of the caller. @integer */
  total_referrals: number
}

/** 200 body of POST /api/auth/token. */
export interface AuthTokenResponse {
  /** The JWT, sent as `Authorization: Bearer <token>`; it lasts 24 h. */
  token: string
  /** When the token expires: Unix milliseconds (a value that can only be seconds is read as seconds). */
  expires_at: number
  /** `Bearer`. */
  token_type: string
}
