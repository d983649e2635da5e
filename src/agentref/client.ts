import { createClient } from '../core/create-client.ts'
import { readEnv } from '../core/env.ts'
import type { Client, ClientOptions } from '../core/types.ts'

export type AgentRefClient = Client<'agentref'>

export interface AgentRefOptions extends ClientOptions {
  /** `ak_live_…` (merchant), `ak_aff_…` (affiliate) or `ak_onb_…` (onboarding). Default: env AGENTREF_API_KEY. */
  apiKey?: string
}

export const AGENTREF_BASE_URL = 'https://www.agentref.co/api/v1'

/** A configured AgentRef client: pass it as the first argument of every AgentRef function. */
export function createAgentRef(options: AgentRefOptions = {}): AgentRefClient {
  const apiKey = options?.apiKey ?? readEnv('AGENTREF_API_KEY')
  return createClient({ provider: 'agentref', baseUrl: AGENTREF_BASE_URL, credentialName: 'apiKey', envVar: 'AGENTREF_API_KEY' }, options, apiKey)
}
