import type { Client } from './types.js'

/** Where a client keeps its credential: a symbol key, non-enumerable, so logs and JSON never show it. */
export const CREDENTIAL: unique symbol = Symbol.for('affiliate-fetch.credential') as never

export function getCredential(client: Client): string | undefined {
  return (client as unknown as Record<symbol, string | undefined>)[CREDENTIAL]
}

/** Printable ASCII without spaces: what can travel in an `Authorization` header unchanged. */
export function isHeaderToken(value: string): boolean {
  return /^[\x21-\x7e]+$/.test(value)
}
