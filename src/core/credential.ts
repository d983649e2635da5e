import type { Client } from './types.ts'

/**
 * Where a client keeps its credential: a symbol-keyed, non-enumerable function that returns it,
 * or, asked for one it lacks (`needed`), throws the message that says how to give it. Logs (`%o`,
 * `util.inspect` with `showHidden`) and JSON show at most `[Function]`, never the value.
 */
export const CREDENTIAL: unique symbol = Symbol.for('affiliate-fetch.credential') as never

export const getCredential = (client: Client, needed?: boolean): string | undefined =>
  (client as unknown as Record<symbol, ((needed?: boolean) => string | undefined) | undefined>)[CREDENTIAL]?.(needed)

/** Characters a Bearer credential may hold: printable ASCII but space, `"` and `\`. */
export const isTokenText = (value: string): boolean => /^[\x21\x23-\x5b\x5d-\x7e]+$/.test(value)
