import { createClient } from '../core/create-client.ts'
import { readEnv } from '../core/env.ts'
import type { Client, ClientOptions, RateLimiter } from '../core/types.ts'

/** A configured AgentRef client, made by {@link createAgentRef}: the first argument of every AgentRef function. */
export type AgentRefClient = Client<'agentref'>

/** Options of {@link createAgentRef}: the options every client takes, plus the AgentRef key and a rate limiter. */
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

/**
 * The default `baseUrl`: AgentRef REST v1 as the docs and the official Node SDK 5.1.2 give it
 * (the older Python SDK source used the `agentref.dev` domain).
 */
export const AGENTREF_BASE_URL = 'https://www.agentref.co/api/v1'

/**
 * A configured AgentRef client: pass it as the first argument of every AgentRef function.
 *
 * Without `apiKey`, the key is read from the environment variable `AGENTREF_API_KEY` (where
 * `process.env` exists). A missing key is not an error here: a call that needs one fails before
 * sending anything. Any key prefix is accepted; the server decides what a key may do.
 *
 * @throws {AffiliateError} on bad options: a malformed key, a `baseUrl` that is not `https:` (plain
 * `http:` only to loopback hosts), numbers out of range, or a key inside a browser page without
 * `dangerouslyAllowBrowser`.
 */
export function createAgentRef(options: AgentRefOptions = {}): AgentRefClient {
  const apiKey = options?.apiKey ?? readEnv('AGENTREF_API_KEY')
  return createClient({ provider: 'agentref', baseUrl: AGENTREF_BASE_URL, credentialName: 'apiKey', envVar: 'AGENTREF_API_KEY' }, options, apiKey)
}
