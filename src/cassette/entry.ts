import type { Body } from './body.ts'
import { protect, queryOf } from './protect.ts'
import type { Cassette, HarEntry, HarPair, RecordFetchOptions } from './types.ts'

const pairs = (headers: Headers): HarPair[] => [...headers].map(([name, value]) => ({ name, value }))
const size = (body: Body | undefined) => (body ? (body.binary ? body.text.length : new TextEncoder().encode(body.text).length) : 0)

/** A new, empty cassette. */
export function emptyCassette(): Cassette {
  return { log: { version: '1.2', creator: { name: 'affiliate-fetch', version: '1' }, entries: [] } }
}

/** One exchange as a HAR entry, secrets removed, binary bodies as base64; `null` when `options.redact` dropped it. */
export function toEntry(
  request: Request,
  requestBody: Body | undefined,
  response: Response,
  responseBody: Body,
  started: number,
  secrets: Set<string>,
  redact: RecordFetchOptions['redact'],
): HarEntry | null {
  const mimeType = (headers: Headers) => headers.get('content-type') ?? ''
  const time = Date.now() - started
  const entry: HarEntry = {
    startedDateTime: new Date(started).toISOString(),
    time,
    request: {
      method: request.method,
      url: request.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(request.headers),
      queryString: queryOf(request.url),
      ...(requestBody && requestBody.text !== '' && { postData: { mimeType: mimeType(request.headers), text: requestBody.text } }),
      headersSize: -1,
      bodySize: size(requestBody),
    },
    response: {
      status: response.status,
      statusText: response.statusText,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(response.headers),
      content: { size: size(responseBody), mimeType: mimeType(response.headers), text: responseBody.text },
      redirectURL: response.headers.get('location') ?? '',
      headersSize: -1,
      bodySize: size(responseBody),
    },
    cache: {},
    timings: { send: 0, wait: time, receive: 0 },
  }
  protect(entry, secrets, { request: !!requestBody?.binary, response: responseBody.binary })
  // Binary bodies were hidden as one character per byte: btoa encodes exactly that (a decoded
  // reading the redaction returned may hold wider characters; they cannot be bytes).
  const base64 = (text: string) => btoa(text.replace(/[^\0-\xff]/g, '?'))
  if (entry.request.postData && requestBody?.binary) Object.assign(entry.request.postData, { text: base64(entry.request.postData.text), _encoding: 'base64' })
  if (responseBody.binary) Object.assign(entry.response.content, { text: base64(entry.response.content.text), encoding: 'base64' })
  return redact ? redact(entry) : entry
}
