import { createClient } from '../core/create-client.ts'
import { readEnv } from '../core/env.ts'
import { invalid } from '../core/invalid.ts'
import type { Client, ClientOptions, RateLimitBucket, RateLimiter as AnyRateLimiter } from '../core/types.ts'
import { createRateLimiter } from './rate-limiter.ts'

/** A client made by `createAgentClick`: pass it as the first argument of every AgentClick function. */
export type AgentClickClient = Client<'agentclick'>

/**
 * What `createAgentClick({ rateLimit })` accepts besides `true`: anything that hands out READ and
 * WRITE slots (`bucket` is always given here). Every call takes one slot before its first request
 * is sent (retries of a READ reuse it). Keep it free of runtime specifics: a Worker can back it
 * with a Durable Object, a server with Redis, a test with an array.
 */
export type RateLimiter = AnyRateLimiter<RateLimitBucket>

/** Options of `createAgentClick`: the shared client options, the API key, and client-side rate limiting. */
export interface AgentClickOptions extends ClientOptions {
  /**
   * The API key (one role: `publisher`, `advertiser` or `agent`): `aa_` + 48 hex characters.
   * Default: env AGENTCLICK_API_KEY. Without one, only `checkHealth` works.
   */
  apiKey?: string
  /**
   * `true`: queue calls client-side to stay within 200 reads/min and 30 writes/min instead of
   * drawing 429s; the in-memory buckets belong to this client object (not shared across clients,
   * processes or Worker isolates). Or your own {@link RateLimiter} (one shared store for every
   * instance of your app). Default false.
   */
  rateLimit?: boolean | RateLimiter
}

/** AgentClick's one documented endpoint: every action is a POST to it. The default `baseUrl`. */
export const AGENTCLICK_BASE_URL = 'https://agentclick.ai/api/mcp.php'

const FOREIGN: [RegExp, string][] = [
  [/^ak_(live|aff|onb)_/, 'an AgentRef API key'],
  [/^eyJ/, 'a JWT (an Agentries token?)'],
]

/** Why a key is not `aa_` + 48 hex, without ever quoting the key. */
function keyProblem(key: string): string | undefined {
  if (/^aa_[0-9a-f]{48}$/i.test(key)) return undefined
  const foreign = FOREIGN.find(([pattern]) => pattern.test(key))
  if (foreign) return `looks like ${foreign[1]}, not an AgentClick key`
  if (!key.startsWith('aa_')) return 'does not start with "aa_"'
  const rest = key.length - 3
  return rest !== 48 ? `has ${rest} characters after "aa_", expected 48` : 'has characters after "aa_" that are not hex'
}

function toRateLimiter(option: unknown): RateLimiter | undefined {
  if (option === undefined || option === false) return undefined
  if (option === true) return createRateLimiter()
  if (option && typeof option === 'object' && typeof (option as RateLimiter).take === 'function') return option as RateLimiter
  throw invalid('rateLimit must be a boolean or an object with a take(bucket, signal) method', 'agentclick')
}

/** A configured AgentClick client: pass it as the first argument of every AgentClick function. */
export function createAgentClick(options: AgentClickOptions = {}): AgentClickClient {
  const apiKey = options?.apiKey ?? readEnv('AGENTCLICK_API_KEY')
  const problem = typeof apiKey === 'string' && apiKey !== '' ? keyProblem(apiKey) : undefined
  if (problem) {
    const source = options?.apiKey !== undefined ? 'apiKey' : 'AGENTCLICK_API_KEY'
    throw invalid(`AgentClick: ${source} ${problem}; keys are "aa_" followed by 48 hex characters`, 'agentclick')
  }
  // `true` becomes this client's own buckets; the core takes the limiter as the other providers' `rateLimit`.
  const withLimiter = options && typeof options == 'object' ? { ...options, rateLimit: toRateLimiter(options.rateLimit) } : options
  return createClient({ provider: 'agentclick', baseUrl: AGENTCLICK_BASE_URL, credentialName: 'apiKey', envVar: 'AGENTCLICK_API_KEY' }, withLimiter as ClientOptions, apiKey)
}
