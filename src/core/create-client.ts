import { normalizeBaseUrl } from './base-url.js'
import { CREDENTIAL, isHeaderToken } from './credential.js'
import type { Provider } from './errors/affiliate-error.js'
import { invalid } from './invalid.js'
import type { Client, ClientOptions } from './types.js'

export interface ClientDefaults<P extends Provider> {
  provider: P
  baseUrl: string
  /** What the credential is called in messages, e.g. `apiKey`. */
  credentialName: string
}

function checkNumber(value: unknown, name: string, provider: Provider, integer: boolean, min = 0): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw invalid(`${name} must be a finite ${integer ? 'integer' : 'number'} >= ${min}, got ${String(value)}`, provider)
  }
  return value
}

/** Builds the frozen client object shared by every provider. */
export function createClient<P extends Provider, Extra extends object = object>(
  defaults: ClientDefaults<P>,
  options: ClientOptions,
  credential: string | undefined,
  extra?: Extra,
): Client<P> & Extra {
  const { provider } = defaults
  if (options === null || typeof options !== 'object') throw invalid('client options must be an object', provider)
  if (credential !== undefined && (typeof credential !== 'string' || !isHeaderToken(credential))) {
    throw invalid(`${defaults.credentialName} must be a non-empty string of printable characters without spaces`, provider)
  }
  if (credential !== undefined && typeof document !== 'undefined' && options.dangerouslyAllowBrowser !== true) {
    throw invalid(
      `Refusing to put a credential in a browser page, where every visitor can read it. ` +
        `Call the API from your server, or pass dangerouslyAllowBrowser: true if you accept that.`,
      provider,
    )
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') throw invalid('fetch must be a function', provider)
  const headers = options.headers ?? {}
  if (typeof headers !== 'object' || headers === null) throw invalid('headers must be an object', provider)
  const client = {
    ...extra,
    provider,
    baseUrl: normalizeBaseUrl(options.baseUrl ?? defaults.baseUrl, provider),
    timeout: checkNumber(options.timeout ?? 30_000, 'timeout', provider, false, 1),
    maxRetries: checkNumber(options.maxRetries ?? 2, 'maxRetries', provider, true),
    maxRetryAfter: checkNumber(options.maxRetryAfter ?? 60_000, 'maxRetryAfter', provider, false),
    fetch: options.fetch,
    headers: Object.freeze({ ...headers }),
  }
  Object.defineProperty(client, CREDENTIAL, { value: credential, enumerable: false })
  return Object.freeze(client) as Client<P> & Extra
}
