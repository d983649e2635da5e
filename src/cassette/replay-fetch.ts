import { fromBase64, readBody } from './body.ts'
import { CassetteMissError } from './cassette-miss-error.ts'
import { differences, distance, liveRequest, shape, type Shape } from './match.ts'
import { isCassette } from './is-cassette.ts'
import { asRequest, recorder } from './record-fetch.ts'
import type { Cassette, CassetteDifference, CassetteFetch, HarEntry, ReplayFetchOptions } from './types.ts'

const MODES = ['replay', 'record-missing', 'passthrough']
/** Statuses whose Response has no body. */
const EMPTY = [101, 103, 204, 205, 304]
/** Headers that described the bytes on the wire, not the decoded text the cassette holds. */
const WIRE_ONLY = /^(?:content-encoding|content-length|transfer-encoding)$/i

/** The recorded response as a new Response (each replay gets its own, unread). */
function respond(entry: HarEntry): Response {
  const { status, statusText, headers, content } = entry.response
  const body = EMPTY.includes(status) ? null : content.encoding === 'base64' ? fromBase64(content.text) : content.text
  const response = new Response(body, { status, statusText, headers: headers.filter((h) => !WIRE_ONLY.test(h.name)).map((h): [string, string] => [h.name, h.value]) })
  Object.defineProperty(response, 'url', { value: entry.request.url })
  return response
}

const quote = (value: unknown) => {
  const text = value === undefined ? 'nothing' : JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

/** One difference in words, e.g. `query "status": recorded ["paused"], sent ["active"]`. */
const describe = (d: CassetteDifference): string =>
  d.kind === 'query'
    ? `query "${d.key}": recorded ${quote(d.recorded)}, sent ${quote(d.sent)}`
    : d.kind === 'body'
      ? `body at ${d.path || '(the whole body)'}: recorded ${quote(d.recorded)}, sent ${quote(d.sent)}`
      : `${d.kind}: recorded ${d.recorded}, sent ${d.sent}`

function miss(sent: Shape, entries: readonly HarEntry[], shapeOf: (entry: HarEntry) => Shape): CassetteMissError {
  let nearest: { index: number; found: CassetteDifference[]; apart: number } | undefined
  entries.forEach((entry, index) => {
    const found = differences(shapeOf(entry), sent)
    const apart = distance(found)
    if (!nearest || apart < nearest.apart) nearest = { index, found, apart }
  })
  const request = { method: sent.method, url: sent.url }
  const near = nearest && { entry: nearest.index, method: entries[nearest.index]!.request.method, url: entries[nearest.index]!.request.url }
  const message = near
    ? `no recorded answer for ${request.method} ${request.url}. Nearest: entry ${near.entry}, ${near.method} ${near.url}; ${nearest!.found.map(describe).join('; ')}`
    : `no recorded answer for ${request.method} ${request.url}: the cassette is empty`
  return new CassetteMissError(message, { request, nearest: near, differences: nearest?.found ?? [] })
}

/**
 * A fetch that answers from a cassette. A request matches an entry with the same method, origin,
 * path, query (as a multiset) and JSON body (deep-equal, `options.ignore` left out); headers are
 * not compared. Identical requests are answered in recorded order, the last one again once they
 * are used up. In the default `'replay'` mode nothing reaches the network and a request that
 * matches nothing rejects with a `CassetteMissError` naming the nearest entry and what differed.
 *
 * @example
 * ```ts
 * const cassette = JSON.parse(await Deno.readTextFile('programs.har'))
 * const client = createAgentRef({ apiKey: 'ar_test_replayed', fetch: replayFetch(cassette) })
 * const { data } = await listPrograms(client)
 * ```
 */
export function replayFetch(cassette: Cassette, options: ReplayFetchOptions = {}): CassetteFetch {
  const { mode = 'replay', ignore = [] } = options
  if (!MODES.includes(mode)) throw new TypeError(`replayFetch: mode must be one of ${MODES.join(', ')}, not ${JSON.stringify(mode)}`)
  if (!isCassette(cassette)) throw new TypeError('replayFetch: not a cassette (no log.entries)')
  const record = mode === 'record-missing' ? recorder(cassette, options) : undefined
  const shapes = new WeakMap<HarEntry, Shape>()
  const shapeOf = (entry: HarEntry) => shapes.get(entry) ?? (shapes.set(entry, shape(entry.request, ignore)), shapes.get(entry)!)
  const used = new WeakSet<HarEntry>()
  const secrets = new Set<string>()
  return async (input, init) => {
    if (mode === 'passthrough') return (options.fetch ?? fetch)(input, init)
    const { request, forward } = asRequest(input, init)
    if (request.signal.aborted) throw request.signal.reason
    const sent = shape(liveRequest(request, request.body ? await readBody(request.clone()) : undefined, secrets), ignore)
    const entries = cassette.log.entries
    const matching = entries.filter((entry) => differences(shapeOf(entry), sent).length === 0)
    const entry = matching.find((e) => !used.has(e)) ?? matching.at(-1)
    if (entry) {
      used.add(entry)
      return respond(entry)
    }
    if (record) return record(request, forward)
    throw miss(sent, entries, shapeOf)
  }
}
