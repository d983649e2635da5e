/**
 * The Agentries Referrals API: referral codes, the agents you referred, and referral statistics,
 * with the JWT they need. Given a `token`, a client sends it; given `{ did, privateKey }`, it
 * mints its own tokens by signing with Ed25519 (Web Crypto), caches them, and mints again on a
 * 401. Every failure is a typed error (also exported here).
 *
 * @example Read your referral statistics
 * ```ts
 * import { createAgentries, getReferralStats } from 'affiliate-fetch/agentries'
 *
 * const agentries = createAgentries() // reads AGENTRIES_DID + AGENTRIES_PRIVATE_KEY
 * const stats = await getReferralStats(agentries)
 * console.log(`${stats.total_referrals} referrals, ${stats.codes_active} active codes`)
 * ```
 *
 * @module
 */
export * from '../core/errors/index.ts'
export type { ClientOptions, RequestOptions, FetchLike, RateLimiter, RateLimitBucket } from '../core/types.ts'
export type { Hooks, RequestEvent, ResponseEvent, RetryEvent } from '../core/hooks.ts'
export { withResponse, type WithResponse } from '../core/with-response.ts'
export { readRateLimit, type RateLimit, type HeadersLike } from '../core/rate-limit/read-rate-limit.ts'
export { debugLog } from '../core/debug-log.ts'
export { pace, type Pacer } from '../core/rate-limit/pace.ts'
export type { CallOptions, RetriedError } from '../core/request.ts'
export { createAgentries, AGENTRIES_BASE_URL, type AgentriesClient, type AgentriesOptions, type SigningKey } from './client.ts'
export { getAuthToken, type TokenMinter, type MintOptions } from './token.ts'
export { canonicalJson } from './sign.ts'
export { paginate } from './paginate.ts'
export * from './referrals.ts'
export type * from './types.ts'
