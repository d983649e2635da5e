export type Provider = 'agentref' | 'agentclick' | 'agentries'

/** Marks our errors across realms (iframes, workers, duplicated bundles), where `instanceof` fails. */
export const ERROR_BRAND: unique symbol = Symbol.for('affiliate-fetch.error') as never

export interface AffiliateErrorOptions {
  provider?: Provider | undefined
  cause?: unknown
}

/** Base class of every error this library throws. */
export class AffiliateError extends Error {
  override name: string = 'AffiliateError'
  declare readonly provider: Provider | undefined
  declare readonly [ERROR_BRAND]: true

  constructor(message: string, options: AffiliateErrorOptions = {}) {
    // Error reads only `cause`, and only when the key is present.
    super(message, options)
    ;(this as { provider?: Provider }).provider = options.provider
    Object.defineProperty(this, ERROR_BRAND, { value: true })
  }
}
