import type { Client } from './types.ts'

/**
 * Where a client keeps its credential: a symbol-keyed, non-enumerable function that returns it.
 * Logs (`%o`, `util.inspect` with `showHidden`) and JSON show at most `[Function]`, never the value.
 */
export const CREDENTIAL: unique symbol = Symbol.for('affiliate-fetch.credential') as never
/** The message for a call that needs a credential the client lacks (per provider). */
export const MISSING: unique symbol = Symbol.for('affiliate-fetch.missing') as never

export function getCredential(client: Client): string | undefined {
  return (client as unknown as Record<symbol, (() => string | undefined) | undefined>)[CREDENTIAL]?.()
}

/** Characters a Bearer credential may hold: printable ASCII but space, `"` and `\`. */
export const isTokenText = (value: string): boolean => /^[\x21\x23-\x5b\x5d-\x7e]+$/.test(value)
