import type { Cassette } from 'affiliate-fetch/cassette'

/** Where the committed cassette is. */
export declare const fixtureFile: string
/** The exchanges of the Worker's and the Deno test's calls, against a fresh in-process sandbox. */
export declare function recordSession(): Promise<Cassette>
