/** Which API a client, call or error belongs to. */
export type Provider = 'agentref' | 'agentclick' | 'agentries'

/** Marks our errors across realms (iframes, workers, duplicated bundles), where `instanceof` fails. */
export const ERROR_BRAND: unique symbol = Symbol.for('affiliate-fetch.error') as never

/** The fields every error class takes. */
export interface AffiliateErrorOptions {
  /** The API the error belongs to, if any. */
  provider?: Provider | undefined
  /** The underlying error, kept as the standard `Error.cause`. */
  cause?: unknown
}

/**
 * Base class of every error this library throws. Every class takes `(message, fields)`: the
 * fields become the error's own properties (`cause` as `Error` keeps it).
 *
 * A plain `AffiliateError` (no subclass) is a problem found on this side, before or without a
 * request: bad input or options, a missing credential, Ed25519 signing that failed, a pagination
 * the server made loop. No message ever holds the credential.
 */
export class AffiliateError extends Error {
  /** The class's name, e.g. `'AffiliateError'` or `'NotFoundError'`: test it where `instanceof` cannot work. */
  override name: string = 'AffiliateError'
  /** The API the error belongs to; `undefined` when none is known (e.g. `withResponse` given something that is not a client). */
  declare readonly provider: Provider | undefined
  /** Brand that `isAffiliateError` checks, across realms and bundle copies. */
  declare readonly [ERROR_BRAND]: true

  /**
   * An error with `message`, whose `fields` become its own properties.
   *
   * @param message The error's message.
   * @param fields `provider`, `cause`, and a subclass's fields (`status`, `timeout`, `reason`, ...).
   */
  constructor(message: string, fields: AffiliateErrorOptions & Record<string, unknown> = {}) {
    super(message, fields)
    Object.assign(this, fields)
    Object.defineProperty(this, ERROR_BRAND, { value: true })
  }
}
