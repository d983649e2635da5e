/**
 * affiliate-fetch/cassette: record real API traffic as HAR 1.2 cassettes with no credential in
 * them, replay them offline on any runtime, and verify them against our types. Every client
 * takes the recording or replaying function as its `fetch`; reading and writing files is yours.
 *
 * @example Record a session, then replay it with no network
 * ```ts
 * import { createAgentRef, listPrograms } from 'affiliate-fetch/agentref'
 * import { recordFetch, replayFetch, verifyCassette } from 'affiliate-fetch/cassette'
 * import { createSandbox } from 'affiliate-fetch/sandbox'
 *
 * const sandbox = createSandbox()
 * const { fetch, cassette } = recordFetch({ fetch: sandbox.fetch })
 * await listPrograms(createAgentRef({ apiKey: sandbox.keys.agentref.merchant, fetch }), { status: 'active' })
 * await sandbox.close() // JSON.stringify(cassette) is the HAR file to commit
 *
 * const replayed = createAgentRef({ apiKey: 'ak_live_replayed', fetch: replayFetch(cassette) })
 * const { data } = await listPrograms(replayed, { status: 'active' })
 * console.log(data.length, verifyCassette(cassette).findings.filter((f) => f.kind !== 'unknown-field'))
 * ```
 *
 * @module
 */
export { recordFetch } from './record-fetch.ts'
export { replayFetch } from './replay-fetch.ts'
export { verifyCassette } from './verify-cassette.ts'
export { CassetteMissError } from './cassette-miss-error.ts'
export { TOKEN_PLACEHOLDER } from './protect.ts'
export type {
  Cassette,
  CassetteDifference,
  CassetteFetch,
  CassetteFinding,
  CassetteReport,
  HarContent,
  HarEntry,
  HarPair,
  HarPostData,
  HarRequest,
  HarResponse,
  RecordedFetch,
  RecordFetchOptions,
  ReplayFetchOptions,
  ReplayMode,
  VerifiedEntry,
} from './types.ts'
