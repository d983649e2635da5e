/**
 * The AgentClick REST API: program search, partnerships, tracking links, reports and earnings,
 * and the agent role's clicks and conversions. Create a client with `createAgentClick`, then pass
 * it as the first argument of each function; each resolves to the action's `data`, and every
 * failure is a typed error (also exported here).
 *
 * @example Recommend programs for a use case
 * ```ts
 * import { createAgentClick, recommendPrograms } from 'affiliate-fetch/agentclick'
 *
 * const agentclick = createAgentClick() // reads AGENTCLICK_API_KEY
 * const { programs } = await recommendPrograms(agentclick, { use_case: 'image generation', limit: 3 })
 * for (const program of programs) console.log(program.id, program.name)
 * ```
 *
 * @module
 */
export * from '../core/errors/index.ts'
export type { ClientOptions, RequestOptions, FetchLike, RateLimitBucket } from '../core/types.ts'
export type { Hooks, RequestEvent, ResponseEvent, RetryEvent } from '../core/hooks.ts'
export { withResponse, type WithResponse } from '../core/with-response.ts'
export { readRateLimit, type RateLimit, type HeadersLike } from '../core/rate-limit/read-rate-limit.ts'
export { debugLog } from '../core/debug-log.ts'
export type { CallOptions, RetriedError } from '../core/request.ts'
export { createAgentClick, AGENTCLICK_BASE_URL, type AgentClickClient, type AgentClickOptions, type RateLimiter } from './client.ts'
export { callAction } from './call.ts'
export { paginate, type ItemOf } from './paginate.ts'
export * from './common.ts'
export * from './publisher.ts'
export * from './agent.ts'
export type * from './types.ts'
