/** A name and a value: a HAR header or query parameter. */
export interface HarPair {
  name: string
  value: string
}

/** A request body. `_encoding: 'base64'` (a HAR extension field) marks one that is not UTF-8 text. */
export interface HarPostData {
  mimeType: string
  text: string
  _encoding?: 'base64'
}

export interface HarRequest {
  method: string
  url: string
  httpVersion: string
  cookies: HarPair[]
  headers: HarPair[]
  queryString: HarPair[]
  postData?: HarPostData
  headersSize: number
  bodySize: number
}

/** A response body: UTF-8 text as it is, anything else as base64 (`encoding: 'base64'`). */
export interface HarContent {
  size: number
  mimeType: string
  text: string
  encoding?: 'base64'
}

export interface HarResponse {
  status: number
  statusText: string
  httpVersion: string
  cookies: HarPair[]
  headers: HarPair[]
  content: HarContent
  redirectURL: string
  headersSize: number
  bodySize: number
}

/** One exchange. */
export interface HarEntry {
  startedDateTime: string
  /** Milliseconds from sending the request to reading the whole response body. */
  time: number
  request: HarRequest
  response: HarResponse
  cache: Record<string, never>
  timings: { send: number; wait: number; receive: number }
}

/** A cassette: a HAR 1.2 log, plain JSON (`JSON.stringify` it to save it, `JSON.parse` to load it). */
export interface Cassette {
  log: {
    version: '1.2'
    creator: { name: string; version: string }
    entries: HarEntry[]
  }
}

/** What `fetch` a cassette records through or falls back to: any fetch-compatible function. */
export type CassetteFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

export interface RecordFetchOptions {
  /** Where requests go. Default: the global `fetch` at call time, called unbound. */
  fetch?: CassetteFetch
  /**
   * Changes an entry further after the built-in redaction, or drops it (`null`). The built-in
   * redaction has already run: what this sees holds no credential, JWT or `whsec_` secret.
   */
  redact?: (entry: HarEntry) => HarEntry | null
}

export interface RecordedFetch {
  /** A fetch for any client (`createAgentRef({ fetch })`): answers exactly as `options.fetch` did. */
  fetch: CassetteFetch
  /** The exchanges so far, appended as each response body has been read. */
  cassette: Cassette
}

/** How `replayFetch` treats a request. */
export type ReplayMode = 'replay' | 'record-missing' | 'passthrough'

export interface ReplayFetchOptions {
  /** Default `'replay'`: nothing reaches the network; an unmatched request is a `CassetteMissError`. */
  mode?: ReplayMode
  /**
   * JSON paths left out of the body comparison, e.g. `'metadata.sentAt'`, `'items[0].id'`,
   * `'items[*].id'` (`*`: any key or index).
   */
  ignore?: readonly string[]
  /** Where `record-missing` and `passthrough` send requests. Default: the global `fetch`. */
  fetch?: CassetteFetch
  /** With `record-missing`: changes or drops a new entry, as in `recordFetch`. */
  redact?: RecordFetchOptions['redact']
}

/** Where a request differed from its nearest recorded one. */
export type CassetteDifference =
  | { kind: 'method'; recorded: string; sent: string }
  | { kind: 'origin'; recorded: string; sent: string }
  | { kind: 'path'; recorded: string; sent: string }
  | { kind: 'query'; key: string; recorded: string[]; sent: string[] }
  | { kind: 'body'; path: string; recorded: unknown; sent: unknown }

/** What `verifyCassette` found: see its documentation for the kinds. */
export interface CassetteFinding {
  /** The entry's index in `log.entries`. */
  entry: number
  /** `provider.function` (e.g. `agentref.listPrograms`), or `METHOD /path` for an unknown operation. */
  operation: string
  /** Where in the result, e.g. `data[0].status` (`''`: the whole result). */
  path: string
  kind: 'type' | 'missing' | 'unknown-field' | 'unknown-operation'
  expected?: string
  actual?: string
}

/** One entry as `verifyCassette` read it. */
export interface VerifiedEntry {
  entry: number
  method: string
  url: string
  status: number
  /** `provider.function`, when an operation of ours has this method and route. */
  operation?: string
}

export interface CassetteReport {
  entries: VerifiedEntry[]
  findings: CassetteFinding[]
}
