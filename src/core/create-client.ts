import { normalizeBaseUrl } from './base-url.js'
import { CREDENTIAL, MISSING } from './credential.js'
import type { Provider } from './errors/affiliate-error.js'
import { invalid } from './invalid.js'
import type { Client, ClientOptions } from './types.js'

export interface ClientDefaults<P extends Provider> {
  provider: P
  baseUrl: string
  /** How the credential is named in messages, e.g. `apiKey`. */
  credentialName: string
  /** The env variable it is read from. */
  envVar?: string
  /** The client holds a secret other than `credential` (an Agentries private key). */
  holdsSecret?: boolean
}

/** Builds the frozen client object shared by every provider. */
export function createClient<P extends Provider, Extra extends object = object>(
  defaults: ClientDefaults<P>,
  options: ClientOptions,
  credential: string | undefined,
  extra?: Extra,
): Client<P> & Extra {
  const { provider, credentialName: name } = defaults
  const check = (ok: unknown, message: string): void => {
    if (!ok) throw invalid(message, provider)
  }
  const number = (key: 'timeout' | 'maxRetries' | 'maxRetryAfter', fallback: number): number => {
    const value = options[key] ?? fallback
    check(typeof value === 'number' && value >= (key === 'timeout' ? 1 : 0) && value < Infinity && (key !== 'maxRetries' || value % 1 === 0), `${key} is out of range: ${value}`)
    return value
  }
  check(options && typeof options === 'object', 'client options must be an object')
  check(credential === undefined || (typeof credential === 'string' && /^[\x21-\x7e]+$/.test(credential)), `${name} must be printable ASCII without spaces`)
  // A credential in a page is readable by every visitor: refuse unless the caller says they know.
  check((credential === undefined && !defaults.holdsSecret) || typeof document === 'undefined' || options.dangerouslyAllowBrowser, `${name} in a browser page is public: call from a server, or set dangerouslyAllowBrowser`)
  check(options.fetch === undefined || typeof options.fetch === 'function', 'fetch must be a function')
  const client = {
    ...extra,
    provider,
    baseUrl: normalizeBaseUrl(options.baseUrl ?? defaults.baseUrl, provider),
    timeout: number('timeout', 30_000),
    maxRetries: number('maxRetries', 2),
    maxRetryAfter: number('maxRetryAfter', 60_000),
    fetch: options.fetch,
    headers: { ...options.headers },
  }
  Object.defineProperty(client, CREDENTIAL, { value: credential })
  Object.defineProperty(client, MISSING, { value: `${provider}: no ${name}: pass ${name} to the client${defaults.envVar ? ` or set ${defaults.envVar}` : ''}` })
  return Object.freeze(client) as Client<P> & Extra
}
