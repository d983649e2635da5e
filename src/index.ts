/**
 * What the three providers share: the error classes and `isAffiliateError`, the `retry` helper,
 * response metadata (`withResponse`, `readRateLimit`), pacing and a debug log, and the types of
 * client options, per-call options and hooks. The API functions are in `affiliate-fetch/agentref`,
 * `affiliate-fetch/agentclick` and `affiliate-fetch/agentries`, which also export all of this.
 *
 * @example Tell a missing resource from other failures
 * ```ts
 * import { isAffiliateError } from 'affiliate-fetch'
 * import { createAgentRef, getProgram } from 'affiliate-fetch/agentref'
 *
 * const agentref = createAgentRef() // reads AGENTREF_API_KEY
 * try {
 *   await getProgram(agentref, 'prg_000000000000')
 * } catch (error) {
 *   // Works across bundle copies and realms, where `instanceof` may not.
 *   if (!isAffiliateError(error) || error.status !== 404) throw error
 *   console.log(`${error.name}: no such program (request id ${error.requestId})`)
 * }
 * ```
 *
 * @module
 */
export * from './core/index.ts'
