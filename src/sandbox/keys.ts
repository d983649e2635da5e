import { toHex } from './shared/crypto/bytes.ts'
import { sha256 } from './shared/crypto/sha256.ts'

/**
 * The fixed AgentRef demo keys (one per key type). Random-looking on purpose: a cassette hides every
 * run of 8 characters of a credential, so a readable key (`…_merchant`) would hide `merchantId`.
 */
export const AGENTREF_KEYS = {
  merchant: 'ak_live_zibGbrpBsoYH34rT36s9WSLa',
  affiliate: 'ak_aff_DtOIozS9SoerLBbdmONnbKhJ',
  onboarding: 'ak_onb_ahC4Cjy705NFvd7ADJRtHRE0',
} as const

const agentclickKey = (role: string) => `aa_${toHex(sha256(`affiliate-fetch-sandbox:agentclick:${role}`)).slice(0, 48)}`

/** The fixed AgentClick demo keys, in the real format (`aa_` + 48 lowercase hex), one per role. */
export const AGENTCLICK_KEYS: { readonly agent: string; readonly publisher: string; readonly advertiser: string } = {
  agent: agentclickKey('agent'),
  publisher: agentclickKey('publisher'),
  advertiser: agentclickKey('advertiser'),
} as const
