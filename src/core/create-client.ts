import { normalizeBaseUrl } from './base-url.js'
import { CREDENTIAL, isTokenText, MISSING } from './credential.js'
import { mergeHeaders } from './headers.js'
import { numberProblem, type NumericOption } from './limits.js'
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
  const { provider, credentialName: name, holdsSecret } = defaults
  const check = (problem: unknown): void => {
    if (problem) throw invalid(problem as string, provider)
  }
  const number = (key: NumericOption, fallback: number): number => {
    const value = options[key] ?? fallback
    check(numberProblem(key, value))
    return value
  }
  check((!options || typeof options !== 'object') && 'client options must be an object')
  check(credential !== undefined && !(typeof credential === 'string' && isTokenText(credential)) && `${name} must be printable ASCII without spaces, quotes or backslashes`)
  // A credential in a page is readable by every visitor: refuse unless the caller says they know.
  check((credential !== undefined || holdsSecret) && typeof document !== 'undefined' && !options.dangerouslyAllowBrowser && `${name} in a browser page is public: set dangerouslyAllowBrowser`)
  check(options.fetch !== undefined && typeof options.fetch !== 'function' && 'fetch must be a function')
  let headers: Record<string, string> = {}
  try {
    headers = Object.freeze(mergeHeaders(headers, options.headers, 'client'))
  } catch (problem) {
    check(problem)
  }
  check((credential || holdsSecret) && headers.authorization !== undefined && `an Authorization header beside ${name} is ambiguous`)
  const client = {
    ...extra,
    provider,
    baseUrl: normalizeBaseUrl(options.baseUrl ?? defaults.baseUrl, provider),
    timeout: number('timeout', 30_000),
    maxRetries: number('maxRetries', 2),
    maxRetryAfter: number('maxRetryAfter', 60_000),
    maxResponseBytes: number('maxResponseBytes', 16 * 1024 * 1024),
    fetch: options.fetch,
    headers,
  }
  Object.defineProperties(client, {
    [CREDENTIAL]: { value: () => credential },
    [MISSING]: { value: `${provider}: no ${name}: pass ${name}${defaults.envVar ? ` or set ${defaults.envVar}` : ''}` },
  })
  return Object.freeze(client) as Client<P> & Extra
}
