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
