/**
 * AgentRef REST v1, for merchants and their affiliates: `createAgentRef` makes a client, and each
 * operation (programs, applications, affiliates, conversions, payouts, fraud flags, billing,
 * webhooks, the affiliate workspace, marketing resources, the marketplace) is a standalone
 * function that takes it first. Also here: `paginate`, webhook signature verification, and the
 * errors, hooks and rate-limit helpers every provider shares.
 *
 * @example Last month's numbers for each active program
 * ```ts
 * import { createAgentRef, getProgramStats, listPrograms } from 'affiliate-fetch/agentref'
 *
 * const agentref = createAgentRef() // reads AGENTREF_API_KEY
 * const { data: programs } = await listPrograms(agentref, { status: 'active' })
 * for (const program of programs) {
 *   const stats = await getProgramStats(agentref, program.id, { period: '30d' })
 *   console.log(program.name, stats.totalConversions, 'conversions,', stats.totalRevenue / 100, program.currency)
 * }
 * ```
 *
 * @module
 */
export * from '../core/errors/index.ts'
export type { ClientOptions, RequestOptions, IdempotentRequestOptions, FetchLike, RateLimiter, RateLimitBucket } from '../core/types.ts'
export type { Hooks, RequestEvent, ResponseEvent, RetryEvent } from '../core/hooks.ts'
export { withResponse, type WithResponse } from '../core/with-response.ts'
export { readRateLimit, type RateLimit, type HeadersLike } from '../core/rate-limit/read-rate-limit.ts'
export { debugLog } from '../core/debug-log.ts'
export { pace, type Pacer } from '../core/rate-limit/pace.ts'
export { createAgentRef, AGENTREF_BASE_URL, type AgentRefClient, type AgentRefOptions } from './client.ts'
export { paginate } from './paginate.ts'
export type { CallOptions, RetriedError } from '../core/request.ts'
export type { PostOptions } from './call.ts'
export * from './programs.ts'
export type * from './types.ts'
export * from './applications.ts'
export * from './affiliates.ts'
export * from './workspace.ts'
export * from './marketing-resources.ts'
export * from './conversions.ts'
export * from './payouts.ts'
export * from './flags.ts'
export * from './billing.ts'
export * from './merchant.ts'
export * from './invites.ts'
export * from './marketplace.ts'
export * from './webhook-endpoints.ts'
export * from './webhooks.ts'
export type * from './webhook-events.ts'
