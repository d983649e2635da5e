import { jsonBody } from '../core/json-body.ts'
import { invalidResponse } from '../core/errors/invalid-response.ts'
import { AffiliateError } from '../core/errors/affiliate-error.ts'
import { getCredential, isTokenText } from '../core/credential.ts'
import { invalid } from '../core/invalid.ts'
import { request } from '../core/request.ts'
import { isSignal } from '../core/signal.ts'
import type { Client, RequestOptions } from '../core/types.ts'
import { canonicalJson, importSeed, signHex } from './sign.ts'
import type { AgentriesClient } from './client.ts'
import type { AuthTokenResponse } from './types.ts'

/** Mints and caches JWTs for one DID. Secrets and the cache live in closures: logs and JSON never show them. */
export interface TokenMinter {
  /** The DID the tokens are minted for. */
  readonly did: string
  /**
   * The cached token, or a fresh one minted with the calling call's signal, timeout and retries;
   * concurrent callers share one in-flight mint.
   */
  get(client: Client, options?: MintOptions): Promise<string>
  /** Forgets `token` if it is still the cached one (the server refused it). */
  drop(token: string): void
}

/** What of a call's options its token mint obeys. */
export type MintOptions = Pick<RequestOptions, 'signal' | 'timeout' | 'maxRetries'>

/** A token is replaced this long before it expires, so it never lapses mid-request. */
const MARGIN_MS = 60_000

/** A token response must carry a token that can be sent; it is never quoted (it is a secret). */
function usableToken(body: any, status: number): Partial<AuthTokenResponse> {
  if (typeof body?.token !== 'string' || !isTokenText(body.token)) {
    throw invalidResponse('agentries', status, 'no usable token')
  }
  return body
}

export function createMinter(did: string, privateKey: string | CryptoKey): TokenMinter {
  let key: Promise<CryptoKey> | undefined
  let token: string | undefined
  let expiresAt = 0
  let pending: { promise: Promise<string>; signal: AbortSignal | undefined } | undefined

  const sign = async (text: string): Promise<string> => {
    try {
      key ??= typeof privateKey === 'string' ? importSeed(privateKey) : Promise.resolve(privateKey)
      return await signHex(await key, text)
    } catch (cause) {
      key = undefined
      throw new AffiliateError('Agentries: Ed25519 signing failed (does this runtime support Ed25519 in Web Crypto?)', { provider: 'agentries', cause })
    }
  }

  const mint = async (client: Client, { signal, timeout, maxRetries }: MintOptions): Promise<string> => {
    const message = { purpose: 'authenticate', timestamp: Date.now() }
    const signature = await sign(canonicalJson(message))
    // Minting has no side effect, so it may be retried like a GET.
    const body = await request<Partial<AuthTokenResponse>>(
      client,
      { method: 'POST', path: '/api/auth/token', body: jsonBody({ did, message, signature }), anonymous: true, retry: true, read: usableToken },
      { signal, timeout, maxRetries },
    )
    const at = body.expires_at
    // Documented in ms; a value that can only be seconds is taken as seconds. No expiry: use once, never cache.
    expiresAt = typeof at === 'number' && Number.isFinite(at) ? (at < 1e11 ? at * 1000 : at) : 0
    token = body.token!
    return token
  }

  return {
    did,
    async get(client, options = {}) {
      for (;;) {
        if (token !== undefined && Date.now() < expiresAt - MARGIN_MS) return token
        const shared = (pending ??= {
          signal: options.signal,
          promise: mint(client, options).finally(() => {
            pending = undefined
          }),
        })
        try {
          return await waitFor(shared.promise, options.signal)
        } catch (error) {
          // Another caller's abort ended the shared mint: this caller still wants a token.
          if (shared.signal?.aborted && shared.signal !== options.signal && !options.signal?.aborted) continue
          throw error
        }
      }
    },
    drop(refused) {
      if (token === refused) token = undefined
    },
  }
}

/** The shared mint keeps going for the others; only this caller's wait ends on its abort. */
function waitFor<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  // A bad signal is refused by the mint's request itself, as a typed error.
  if (!isSignal(signal)) return promise
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/**
 * The Bearer token calls are made with: the static `token`, or one minted from `{ did, privateKey }`
 * (cached until 60 s before it expires).
 *
 * @param client A client from `createAgentries`.
 * @param options The `signal`, `timeout` and `maxRetries` a mint obeys.
 * @returns The JWT. Without a credential, rejects with an `AffiliateError` before sending anything.
 */
export async function getAuthToken(client: AgentriesClient, options?: MintOptions): Promise<string> {
  if (client.auth) return client.auth.get(client, options)
  const token = getCredential(client)
  if (!token) throw invalid('Agentries: no token: pass token or { did, privateKey } to createAgentries(), or set AGENTRIES_TOKEN (or AGENTRIES_DID and AGENTRIES_PRIVATE_KEY)', 'agentries')
  return token
}
