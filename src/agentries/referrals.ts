import { path } from '../core/path.ts'
import type { CallOptions } from '../core/request.ts'
import { call } from './call.ts'
import type { AgentriesClient } from './client.ts'
import type { CreateReferralCodeParams, CreatedReferralCode, ListMyReferralsParams, PublicReferralInfo, ReferralStats, ReferralsPage } from './types.ts'

type Options = CallOptions
type C = AgentriesClient

/**
 * Gets an agent's public referral counts; needs no token.
 * GET /api/agents/{did}/referrals (public, no token; the DID is percent-encoded)
 */
export const getAgentReferrals = (client: C, did: string, options?: Options): Promise<PublicReferralInfo> =>
  call(client, 'GET', path`/api/agents/${did}/referrals`, undefined, options, true)

/**
 * Lists the caller's referral codes.
 * GET /api/referrals/code: the body's shape is not documented, so it comes back as sent.
 */
export const listReferralCodes = (client: C, options?: Options): Promise<unknown> =>
  call(client, 'GET', '/api/referrals/code', undefined, options)

/**
 * Creates a referral code for other agents to register with.
 * POST /api/referrals/code (never retried; a 429 here is the code quota: RateLimitError)
 *
 * @example Create a code, or learn that the quota is used up
 * ```ts
 * import { createAgentries, createReferralCode, RateLimitError } from 'affiliate-fetch/agentries'
 *
 * const agentries = createAgentries() // reads AGENTRIES_DID + AGENTRIES_PRIVATE_KEY
 * try {
 *   const { code } = await createReferralCode(agentries, { max_uses: 10 })
 *   console.log(`new referral code: ${code}`)
 * } catch (error) {
 *   if (!(error instanceof RateLimitError)) throw error
 *   console.log('too many codes: disable one with disableReferralCode first')
 * }
 * ```
 */
export const createReferralCode = (client: C, params?: CreateReferralCodeParams, options?: Options): Promise<CreatedReferralCode> =>
  call(client, 'POST', '/api/referrals/code', params ?? {}, options)

/**
 * Disables one of the caller's referral codes.
 * DELETE /api/referrals/code/{code} (never retried; body not documented)
 */
export const disableReferralCode = (client: C, code: string, options?: Options): Promise<unknown> =>
  call(client, 'DELETE', path`/api/referrals/code/${code}`, undefined, options)

/**
 * Lists the agents the caller referred.
 * GET /api/referrals/my (paged by `offset`/`limit`/`total`)
 */
export const listMyReferrals = (client: C, params?: ListMyReferralsParams, options?: Options): Promise<ReferralsPage> =>
  call(client, 'GET', '/api/referrals/my', params, options)

/**
 * Gets the caller's referral and code counts.
 * GET /api/referrals/stats
 */
export const getReferralStats = (client: C, options?: Options): Promise<ReferralStats> =>
  call(client, 'GET', '/api/referrals/stats', undefined, options)
