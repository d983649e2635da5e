/** A name and a value: a HAR header or query parameter. */
export interface HarPair {
  /** Header or parameter name. */
  name: string
  /** Its value; a credential is `[redacted]`. */
  value: string
}

/** A request body. `_encoding: 'base64'` (a HAR extension field) marks one that is not UTF-8 text. */
export interface HarPostData {
  /** The request's `Content-Type` (`''` when it had none). */
  mimeType: string
  /** The body as sent (secrets redacted), or base64 when `_encoding` says so. */
  text: string
  /** `base64`: `text` holds the bytes of a body that is not UTF-8. Absent for text. */
  _encoding?: 'base64'
}

/** A recorded request (HAR 1.2), secrets redacted. */
export interface HarRequest {
  /** HTTP method. */
  method: string
  /** Full URL, query included (secrets redacted). */
  url: string
  /** Always `HTTP/1.1` (fetch does not tell). */
  httpVersion: string
  /** Always empty: a `Cookie` header is recorded redacted under `headers`. */
  cookies: HarPair[]
  /** The request headers, credentials redacted. */
  headers: HarPair[]
  /** The URL's query parameters, in order. */
  queryString: HarPair[]
  /** The body; absent when there was none. */
  postData?: HarPostData
  /** Always -1 (unknown), as HAR allows. */
  headersSize: number
  /** Body size, bytes (0 without a body). */
  bodySize: number
}

/** A response body: UTF-8 text as it is, anything else as base64 (`encoding: 'base64'`). */
export interface HarContent {
  /** Body size, bytes. */
  size: number
  /** The response's `Content-Type` (`''` when it had none). */
  mimeType: string
  /** The decoded body (secrets redacted), or base64 when `encoding` says so. */
  text: string
  /** `base64`: `text` holds the bytes of a body that is not UTF-8. Absent for text. */
  encoding?: 'base64'
}

/** A recorded response (HAR 1.2), secrets redacted. */
export interface HarResponse {
  /** HTTP status. */
  status: number
  /** HTTP status text, as the fetch implementation gave it (may be `''`). */
  statusText: string
  /** Always `HTTP/1.1` (fetch does not tell). */
  httpVersion: string
  /** Always empty: a `Set-Cookie` header is recorded redacted under `headers`. */
  cookies: HarPair[]
  /** The response headers; `content-encoding` and `content-length` are recorded but not replayed. */
  headers: HarPair[]
  /** The body. */
  content: HarContent
  /** The `Location` header, or `''`. */
  redirectURL: string
  /** Always -1 (unknown), as HAR allows. */
  headersSize: number
  /** Body size, bytes. */
  bodySize: number
}

/** One exchange. */
export interface HarEntry {
  /** When the request was sent, ISO datetime. */
  startedDateTime: string
  /** Milliseconds from sending the request to reading the whole response body. */
  time: number
  /** The request. */
  request: HarRequest
  /** The response. */
  response: HarResponse
  /** Always `{}` (HAR requires the field). */
  cache: Record<string, never>
  /** HAR timings, ms: all of `time` is counted as `wait`. */
  timings: {
    /** Always 0. */
    send: number
    /** The whole of `time`. */
    wait: number
    /** Always 0. */
    receive: number
  }
}

/** A cassette: a HAR 1.2 log, plain JSON (`JSON.stringify` it to save it, `JSON.parse` to load it). */
export interface Cassette {
  /** The HAR log: version `1.2`, its creator, and the exchanges in the order they completed. */
  log: {
    /** The HAR version, `1.2`. */
    version: '1.2'
    /** What wrote it: `{ name: 'affiliate-fetch', version: '1' }` for a recording of ours. */
    creator: { name: string; version: string }
    /** The exchanges. */
    entries: HarEntry[]
  }
}

/** What `fetch` a cassette records through or falls back to: any fetch-compatible function. */
export type CassetteFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

/** Options of `recordFetch`. */
export interface RecordFetchOptions {
  /** Where requests go. Default: the global `fetch` at call time, called unbound. */
  fetch?: CassetteFetch
  /**
   * Changes an entry further after the built-in redaction, or drops it (`null`). The built-in
   * redaction has already run: what this sees holds no credential, JWT or `whsec_` secret.
   */
  redact?: (entry: HarEntry) => HarEntry | null
}

/** What `recordFetch` returns: the fetch to give your clients, and the cassette it fills. */
export interface RecordedFetch {
  /** A fetch for any client (`createAgentRef({ fetch })`): answers exactly as `options.fetch` did. */
  fetch: CassetteFetch
  /** The exchanges so far, appended as each response body has been read. */
  cassette: Cassette
}

/** How `replayFetch` treats a request. */
export type ReplayMode = 'replay' | 'record-missing' | 'passthrough'

/** Options of `replayFetch`. */
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

/**
 * Where a request differed from its nearest recorded one: its method, origin or path, the values
 * of one query key (both lists, sorted), or the first body difference, at a JSON path (`''`: the
 * whole body, also for a body that is not JSON; a side that has nothing there is `undefined`).
 */
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
  /** `type`: another type than ours (or an enum value we do not list); `missing`: a field we mark required is absent; `unknown-field`: a field we do not know (information, not an error); `unknown-operation`: no operation of ours has that method and path. */
  kind: 'type' | 'missing' | 'unknown-field' | 'unknown-operation'
  /** What our schema expects, e.g. `string | null` or `one of "a", "b"` (`type` and `missing` findings). */
  expected?: string
  /** What was recorded: its JSON type (e.g. `null`), or the value itself for an enum (`type` and `unknown-field` findings). */
  actual?: string
}

/** One entry as `verifyCassette` read it. */
export interface VerifiedEntry {
  /** The entry's index in `log.entries`. */
  entry: number
  /** HTTP method. */
  method: string
  /** The recorded URL. */
  url: string
  /** The recorded HTTP status. */
  status: number
  /** `provider.function`, when an operation of ours has this method and route. */
  operation?: string
}

/** What `verifyCassette` returns. */
export interface CassetteReport {
  /** One row per entry, in order. */
  entries: VerifiedEntry[]
  /** Where recorded responses differ from our schemas; empty when none. */
  findings: CassetteFinding[]
}
