import { createClient } from '../core/create-client.ts'
import { readEnv } from '../core/env.ts'
import { invalid } from '../core/invalid.ts'
import type { Client, ClientOptions, RateLimiter } from '../core/types.ts'
import { createMinter, type TokenMinter } from './token.ts'

/** A client made by `createAgentries`: pass it as the first argument of every Agentries function. */
export interface AgentriesClient extends Client<'agentries'> {
  /** Present with `{ did, privateKey }`: mints and caches the JWT. */
  readonly auth: TokenMinter | undefined
}

/**
 * Options of `createAgentries`: the shared client options, and the credential: a `token`, or a
 * `did` with its `privateKey` (the client then mints its own tokens); never both.
 */
export interface AgentriesOptions extends ClientOptions {
  /** A JWT. Default: env AGENTRIES_TOKEN, else env AGENTRIES_DID + AGENTRIES_PRIVATE_KEY (when none of token, did, privateKey is given). */
  token?: string
  /** The agent's DID, e.g. `did:web:agentries.xyz:agent:abc123`; with `privateKey`, tokens are minted. */
  did?: string
  /** The Ed25519 private key: its 32-byte seed as 64 hex characters, or a Web Crypto `CryptoKey` usable to sign. */
  privateKey?: string | SigningKey
  /**
   * Where every call takes its slot before it is sent: `pace()` holds calls once the server's
   * rate-limit headers say nothing remains, until the reset, instead of drawing 429s; or your own
   * {@link RateLimiter} (state shared through a Durable Object, Redis). Default: none.
   */
  rateLimit?: RateLimiter
}

/**
 * A Web Crypto `CryptoKey`, typed by its shape so that projects without the DOM lib (plain Node
 * typings have no global `CryptoKey`) can still use these declarations; a real CryptoKey fits.
 */
export interface SigningKey {
  /** `'private'`: only a private key signs. */
  readonly type: string
  /** Whether the key material can be exported; either works. */
  readonly extractable: boolean
  /** The key's algorithm: `{ name: 'Ed25519' }`. */
  readonly algorithm: { readonly name: string }
  /** What the key may do: must include `'sign'`. */
  readonly usages: readonly string[]
}

/** The documented Agentries API origin (paths are `/api/...`). The default `baseUrl`. */
export const AGENTRIES_BASE_URL = 'https://api.agentries.xyz'

function checkKey(key: unknown): string | CryptoKey {
  if (typeof key === 'string') {
    if (/^[0-9a-f]{64}$/i.test(key)) return key.toLowerCase()
    const hint = /^[0-9a-f]{128}$/i.test(key) ? ' (128 hex characters looks like seed + public key, as tweetnacl stores it: pass the first 64)' : ''
    throw invalid(`Agentries: privateKey must be the 32-byte Ed25519 seed as 64 hex characters${hint}`, 'agentries')
  }
  const k = key as CryptoKey | null
  if (k && typeof k === 'object' && k.type === 'private' && k.algorithm?.name === 'Ed25519' && k.usages?.includes('sign')) return k
  throw invalid('Agentries: privateKey must be 64 hex characters or an Ed25519 private CryptoKey with the "sign" usage', 'agentries')
}

/**
 * A configured Agentries client: `{ token }` for a JWT you already hold, or `{ did, privateKey }`
 * to have the client mint (and re-mint) tokens itself.
 */
export function createAgentries(options: AgentriesOptions = {}): AgentriesClient {
  let { token, did, privateKey } = options ?? {}
  // Nothing given: the environment, AGENTRIES_TOKEN first, else AGENTRIES_DID + AGENTRIES_PRIVATE_KEY.
  if (token === undefined && did === undefined && privateKey === undefined && !readEnv('AGENTRIES_TOKEN')) {
    const [envDid, envKey] = [readEnv('AGENTRIES_DID'), readEnv('AGENTRIES_PRIVATE_KEY')]
    if (envDid !== undefined && envKey !== undefined) [did, privateKey] = [envDid, envKey]
  }
  let auth: TokenMinter | undefined
  if (did !== undefined || privateKey !== undefined) {
    if (token !== undefined) throw invalid('Agentries: pass either token or { did, privateKey }, not both', 'agentries')
    if (typeof did !== 'string' || !/^did:[a-z0-9]+:\S+$/.test(did)) {
      throw invalid(`Agentries: did must be a DID such as "did:web:agentries.xyz:agent:<id>" (with privateKey)`, 'agentries')
    }
    auth = createMinter(did, checkKey(privateKey))
  }
  const credential = auth ? undefined : (token ?? readEnv('AGENTRIES_TOKEN'))
  return createClient(
    // A private key is as secret as a token: the browser guard covers both.
    { provider: 'agentries', baseUrl: AGENTRIES_BASE_URL, credentialName: auth ? 'privateKey' : 'token', envVar: 'AGENTRIES_TOKEN', holdsSecret: auth !== undefined },
    options,
    credential,
    { auth },
  )
}
