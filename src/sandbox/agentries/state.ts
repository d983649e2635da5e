import type { Random } from '../shared/prng.ts'
import { deriveKeyPair, didFor } from './ed25519.ts'

export interface AgentRecord {
  did: string
  public_key: string
  name: string
  profile: Record<string, unknown>
  created_at: number
}

export interface ReferralCode {
  code: string
  owner: string
  /** Unix ms. */
  created_at: number
  /** 0 = unlimited. */
  max_uses: number
  uses: number
  active: boolean
  /** Unix ms, or null for no expiry. */
  expires_at: number | null
}

export interface Referral {
  referrer: string
  referee: string
  code: string
  status: 'active' | 'pending'
  created_at: number
}

export interface AgentriesState {
  agents: Map<string, AgentRecord>
  codes: Map<string, ReferralCode>
  referrals: Referral[]
}

export interface SandboxAgent {
  did: string
  /** The 32-byte Ed25519 seed, hex: what `createAgentries({ did, privateKey })` takes. */
  privateKey: string
  /** The raw 32-byte public key, hex. */
  publicKey: string
}

const DAY = 86_400_000

export const newCode = (rnd: Random) => `REF-${rnd.hex(8).toUpperCase()}`

/** The seeded world: the sandbox agent (key pair from the seed), three agents it referred, two codes. */
export function createAgentriesState(seed: number, rnd: Random, now = Date.now()): { st: AgentriesState; agent: SandboxAgent } {
  const st: AgentriesState = { agents: new Map(), codes: new Map(), referrals: [] }
  const add = (label: string, name: string, daysAgo: number) => {
    const pair = deriveKeyPair(`affiliate-fetch-sandbox:agentries:${seed}:${label}`)
    const did = didFor(pair.publicKey)
    st.agents.set(did, { did, public_key: pair.publicKey, name, profile: { name, capabilities: [{ type: 'sandbox' }] }, created_at: now - daysAgo * DAY })
    return { did, privateKey: pair.seed, publicKey: pair.publicKey }
  }
  const agent = add('agent', 'Sandbox Agent', 120)
  const used: ReferralCode = { code: newCode(rnd), owner: agent.did, created_at: now - 60 * DAY, max_uses: 0, uses: 0, active: true, expires_at: null }
  const spare: ReferralCode = { code: newCode(rnd), owner: agent.did, created_at: now - 5 * DAY, max_uses: 10, uses: 0, active: true, expires_at: now + 30 * DAY }
  st.codes.set(used.code, used)
  st.codes.set(spare.code, spare)
  ;(['Translator Bot', 'Research Agent', 'Scheduler Agent'] as const).forEach((name, i) => {
    const referee = add(`referee-${i}`, name, 50 - i * 10)
    used.uses++
    st.referrals.push({ referrer: agent.did, referee: referee.did, code: used.code, status: i === 2 ? 'pending' : 'active', created_at: now - (50 - i * 10) * DAY })
  })
  return { st, agent }
}
