import { toHex } from './shared/crypto/bytes.ts'
import { sha256 } from './shared/crypto/sha256.ts'

/** The fixed AgentRef demo keys (one per key type). */
export const AGENTREF_KEYS = {
  merchant: 'ak_live_sandbox_merchant',
  affiliate: 'ak_aff_sandbox_affiliate',
  onboarding: 'ak_onb_sandbox_onboarding',
} as const

const agentclickKey = (role: string) => `aa_${toHex(sha256(`affiliate-fetch-sandbox:agentclick:${role}`)).slice(0, 48)}`

/** The fixed AgentClick demo keys, in the real format (`aa_` + 48 lowercase hex), one per role. */
export const AGENTCLICK_KEYS: { readonly agent: string; readonly publisher: string; readonly advertiser: string } = {
  agent: agentclickKey('agent'),
  publisher: agentclickKey('publisher'),
  advertiser: agentclickKey('advertiser'),
} as const
