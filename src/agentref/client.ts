import { createClient } from '../core/create-client.ts'
import { readEnv } from '../core/env.ts'
import type { Client, ClientOptions, RateLimiter } from '../core/types.ts'

export type AgentRefClient = Client<'agentref'>

export interface AgentRefOptions extends ClientOptions {
  /** `ak_live_…` (merchant), `ak_aff_…` (affiliate) or `ak_onb_…` (onboarding). Default: env AGENTREF_API_KEY. */
  apiKey?: string
  /**
   * Where every call takes its slot before it is sent: `pace()` holds calls once the server's
   * rate-limit headers say nothing remains, until the reset, instead of drawing 429s; or your own
   * {@link RateLimiter} (state shared through a Durable Object, Redis). Default: none.
   */
  rateLimit?: RateLimiter
}

export const AGENTREF_BASE_URL = 'https://www.agentref.co/api/v1'

/** A configured AgentRef client: pass it as the first argument of every AgentRef function. */
export function createAgentRef(options: AgentRefOptions = {}): AgentRefClient {
  const apiKey = options?.apiKey ?? readEnv('AGENTREF_API_KEY')
  return createClient({ provider: 'agentref', baseUrl: AGENTREF_BASE_URL, credentialName: 'apiKey', envVar: 'AGENTREF_API_KEY' }, options, apiKey)
}
