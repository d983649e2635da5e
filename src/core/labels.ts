import type { Provider } from './errors/affiliate-error.js'

export const PROVIDER_LABEL: Record<Provider, string> = {
  agentref: 'AgentRef',
  agentclick: 'AgentClick',
  agentries: 'Agentries',
}

export const MISSING_CREDENTIAL: Record<Provider, string> = {
  agentref: 'AgentRef: no API key. Pass apiKey to createAgentRef() or set AGENTREF_API_KEY.',
  agentclick: 'AgentClick: no API key. Pass apiKey to createAgentClick() or set AGENTCLICK_API_KEY.',
  agentries: 'Agentries: no token. Pass token or { did, privateKey } to createAgentries(), or set AGENTRIES_TOKEN.',
}
