export type Provider = 'agentref' | 'agentclick' | 'agentries'

/** Marks our errors across realms (iframes, workers, duplicated bundles), where `instanceof` fails. */
export const ERROR_BRAND: unique symbol = Symbol.for('affiliate-fetch.error') as never

export interface AffiliateErrorOptions {
  provider?: Provider | undefined
  cause?: unknown
}

/**
 * Base class of every error this library throws. Every class takes `(message, fields)`: the
 * fields become the error's own properties (`cause` as `Error` keeps it).
 */
export class AffiliateError extends Error {
  override name: string = 'AffiliateError'
  declare readonly provider: Provider | undefined
  declare readonly [ERROR_BRAND]: true

  constructor(message: string, fields: AffiliateErrorOptions & Record<string, unknown> = {}) {
    super(message, fields)
    Object.assign(this, fields)
    Object.defineProperty(this, ERROR_BRAND, { value: true })
  }
}
