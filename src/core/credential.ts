import type { Client } from './types.js'

/** Where a client keeps its credential: symbol keys, non-enumerable, so logs and JSON never show it. */
export const CREDENTIAL: unique symbol = Symbol.for('affiliate-fetch.credential') as never
/** The message for a call that needs a credential the client lacks (per provider). */
export const MISSING: unique symbol = Symbol.for('affiliate-fetch.missing') as never

export function getCredential(client: Client): string | undefined {
  return (client as unknown as Record<symbol, string | undefined>)[CREDENTIAL]
}
