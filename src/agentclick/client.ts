import { createClient } from '../core/create-client.js'
import { readEnv } from '../core/env.js'
import { invalid } from '../core/invalid.js'
import type { Client, ClientOptions } from '../core/types.js'
import { createRateLimiter, type RateLimiter } from './rate-limiter.js'

export interface AgentClickClient extends Client<'agentclick'> {
  /** Present when created with `rateLimit: true`; shared by every call made with this client. */
  readonly rateLimiter: RateLimiter | undefined
}

export interface AgentClickOptions extends ClientOptions {
  /** `aa_` + 48 hex characters. Default: env AGENTCLICK_API_KEY. */
  apiKey?: string
  /**
   * Queue calls client-side to stay within 200 reads/min and 30 writes/min instead of drawing 429s.
   * The buckets belong to this client object (not shared across clients or processes). Default false.
   */
  rateLimit?: boolean
}

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

/** A configured AgentClick client: pass it as the first argument of every AgentClick function. */
export function createAgentClick(options: AgentClickOptions = {}): AgentClickClient {
  const apiKey = options?.apiKey ?? readEnv('AGENTCLICK_API_KEY')
  const problem = typeof apiKey === 'string' && apiKey !== '' ? keyProblem(apiKey) : undefined
  if (problem) {
    const source = options?.apiKey !== undefined ? 'apiKey' : 'AGENTCLICK_API_KEY'
    throw invalid(`AgentClick: ${source} ${problem}; keys are "aa_" followed by 48 hex characters`, 'agentclick')
  }
  if (options?.rateLimit !== undefined && typeof options.rateLimit !== 'boolean') {
    throw invalid('rateLimit must be a boolean', 'agentclick')
  }
  const rateLimiter = options?.rateLimit ? createRateLimiter() : undefined
  return createClient({ provider: 'agentclick', baseUrl: AGENTCLICK_BASE_URL, credentialName: 'apiKey', envVar: 'AGENTCLICK_API_KEY' }, options, apiKey, { rateLimiter })
}
