import type { Cassette } from './types.ts'

/** What every reader of a cassette needs of it: a `log.entries` array. */
export const isCassette = (value: unknown): value is Cassette => Array.isArray((value as Cassette | null)?.log?.entries)
