import type { Random } from '../shared/prng.ts'
import { deriveKeyPair, didFor } from './ed25519.ts'

/** A registered Agentries agent. */
export interface AgentRecord {
  /** The agent DID (`did:web:agentries.xyz:agent:…`). */
  did: string
  /** Its Ed25519 public key, 64 hex characters. */
  public_key: string
  /** Profile name. */
  name: string
  /** The profile as registered (`name`, `capabilities`, …). */
  profile: Record<string, unknown>
  /** Registration time, Unix ms. */
  created_at: number
}

/** An Agentries referral code as the sandbox stores it. */
export interface ReferralCode {
  /** The code (`REF-` plus 8 hex characters, upper case). */
  code: string
  /** The owning agent's DID. */
  owner: string
  /** Unix ms. */
  created_at: number
  /** 0 = unlimited. */
  max_uses: number
  /** Referrals made with it. */
  uses: number
  /** False once disabled. The `active` the API sends also needs the code unexpired and not used up. */
  active: boolean
  /** Unix ms, or null for no expiry. */
  expires_at: number | null
}

/** One agent referred by another through a code. */
export interface Referral {
  /** The referring agent's DID. */
  referrer: string
  /** The referred agent's DID. */
  referee: string
  /** The code used. */
  code: string
  /** `active` or `pending`. Meaning not documented; only `active` ones earn bonus points. */
  status: 'active' | 'pending'
  /** When it was made, Unix ms. */
  created_at: number
}

/** The Agentries emulation's live state (see `sandbox.state.agentries`). */
export interface AgentriesState {
  /** Registered agents by DID. */
  agents: Map<string, AgentRecord>
  /** Referral codes by code. */
  codes: Map<string, ReferralCode>
  /** Referrals, in the order they were made. */
  referrals: Referral[]
}

/** The seeded Agentries agent's identity and key pair (`sandbox.keys.agentries`). */
export interface SandboxAgent {
  /** The seeded agent's DID: what `AGENTRIES_DID` takes. */
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
