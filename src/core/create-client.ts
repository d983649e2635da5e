import { normalizeBaseUrl } from './base-url.ts'
import { CREDENTIAL, isTokenText } from './credential.ts'
import { AMBIGUOUS, mergeHeaders } from './headers.ts'
import { numberOption } from './limits.ts'
import type { Provider } from './errors/affiliate-error.ts'
import { invalid } from './invalid.ts'
import type { Client, ClientOptions, RateLimiter } from './types.ts'

export interface ClientDefaults<P extends Provider> {
  provider: P
  baseUrl: string
  /** How the credential is named in messages, e.g. `apiKey`. */
  credentialName: string
  /** The env variable it is read from. */
  envVar: string
  /** The client holds a secret other than `credential` (an Agentries private key). */
  holdsSecret?: boolean
}

/** Builds the frozen client object shared by every provider; every check's message becomes an AffiliateError. */
export function createClient<P extends Provider, Extra extends object = object>(
  defaults: ClientDefaults<P>,
  options: ClientOptions,
  credential: string | undefined,
  extra?: Extra,
): Client<P> & Extra {
  const { provider, credentialName: name } = defaults
  try {
    if (!options || typeof options != 'object') throw 'options must be an object'
    const holds = credential !== undefined || defaults.holdsSecret
    if (credential !== undefined && !(typeof credential == 'string' && isTokenText(credential))) throw `${name} must be printable ASCII without spaces, quotes or backslashes`
    // A credential in a page is readable by every visitor: refuse unless the caller says they know.
    // (Read from globalThis: the source also type-checks without the DOM lib, as Deno checks it.)
    if (holds && (globalThis as { document?: unknown }).document !== undefined && !options.dangerouslyAllowBrowser) throw `${name} in a browser page is public: set dangerouslyAllowBrowser`
    if (options.fetch !== undefined && typeof options.fetch != 'function') throw 'fetch must be a function'
    if (options.hooks != null && typeof options.hooks != 'object') throw 'hooks must be an object'
    // AgentRef's and Agentries' `pace()`, AgentClick's buckets, or the caller's own object.
    const rateLimiter = (options as { rateLimit?: RateLimiter }).rateLimit || undefined
    if (rateLimiter && typeof rateLimiter.take != 'function') throw 'rateLimit must be an object with take()'
    const headers = mergeHeaders({}, options.headers)
    if (holds && headers.authorization !== undefined) throw AMBIGUOUS
    const client = {
      ...extra,
      provider,
      baseUrl: normalizeBaseUrl(options.baseUrl ?? defaults.baseUrl),
      timeout: numberOption(options, 'timeout', 30_000),
      maxRetries: numberOption(options, 'maxRetries', 2, 10),
      maxRetryAfter: numberOption(options, 'maxRetryAfter', 60_000),
      maxResponseBytes: numberOption(options, 'maxResponseBytes', 2 ** 24),
      fetch: options.fetch,
      headers: Object.freeze(headers),
      hooks: options.hooks ?? undefined,
      rateLimiter,
    }
    // Non-enumerable: logs and JSON of the client never show the credential.
    const held = (needed?: boolean) => {
      if (needed && !credential) throw `${provider}: no ${name}: pass ${name} or set ${defaults.envVar}`
      return credential
    }
    return Object.freeze(Object.defineProperty(client, CREDENTIAL, { value: held })) as Client<P> & Extra
  } catch (problem) {
    throw invalid(problem, provider)
  }
}
