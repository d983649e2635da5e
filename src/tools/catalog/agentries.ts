import type { ToolCatalog } from '../types.ts'

// Access class and description of each Agentries tool, from the wire reference. Agentries is a
// registry of AI agents identified by DIDs; referral codes bring new agents in.
const T = "Acts as the client's own agent (JWT from its DID key)."

export const agentriesCatalog: ToolCatalog = {
  agentries_get_agent_referrals: ['read', 'Public referral counts (active_referrals, total_referrals) of any agent, by its DID. Needs no token.'],
  agentries_list_referral_codes: ['read', `The referral codes this agent has created. ${T}`],
  agentries_create_referral_code: ['write', `Create a referral code other agents can register with; optional max_uses and expires_at. Returns code, created_at and max_uses. A 429 here means the code quota is used up. ${T}`],
  agentries_disable_referral_code: ['destructive', `Disable one of this agent's referral codes; it accepts no new referrals. ${T}`],
  agentries_list_my_referrals: ['read', `Agents this agent has referred, paged by limit (max 100) and offset; returns { referrals, total, limit, offset }. ${T}`],
  agentries_get_referral_stats: ['read', `This agent's referral statistics: active, pending and total referrals, codes created and active, bonus points. ${T}`],
}
