import type { Body } from './body.ts'
import { toEntry } from './entry.ts'
import { pathTo } from './json-path.ts'
import { parseJson } from './protect.ts'
import type { CassetteDifference, HarRequest } from './types.ts'

/** A request as matching sees it. */
export interface Shape {
  method: string
  origin: string
  path: string
  /** Values per key, sorted: the query as a multiset. */
  query: Map<string, string[]>
  body: { json: unknown } | { text: string }
  url: string
}

/** What our own clients make fresh on every run: Agentries' token request signs the current time. */
const VOLATILE: { method: string; path: RegExp; ignore: string[] }[] = [{ method: 'POST', path: /\/api\/auth\/token$/, ignore: ['message.timestamp', 'signature'] }]

/** `a.b[0].c`, `items[*].id` → `['a', 'b', '0', 'c']`, `['items', '*', 'id']`. */
const steps = (path: string): string[] => path.replace(/^\$\.?/, '').replace(/\[(\*|\d+)\]/g, '.$1').split('.').filter(Boolean)

/** Deletes what a path names from a JSON value (in place; the value is a fresh parse). */
function leaveOut(value: unknown, [step, ...rest]: string[]): void {
  if (!value || typeof value !== 'object' || step === undefined) return
  const keys = step === '*' ? Object.keys(value) : Object.prototype.hasOwnProperty.call(value, step) ? [step] : []
  for (const key of keys) {
    if (rest.length === 0) {
      if (Array.isArray(value)) value[Number(key)] = undefined
      else delete (value as Record<string, unknown>)[key]
    } else leaveOut((value as Record<string, unknown>)[key], rest)
  }
}

/** A HAR request (recorded, or a live one made into one and redacted alike) as matching sees it. */
export function shape(request: HarRequest, ignore: readonly string[]): Shape {
  const url = new URL(request.url)
  const query = new Map<string, string[]>()
  for (const { name, value } of request.queryString) query.set(name, [...(query.get(name) ?? []), value])
  for (const values of query.values()) values.sort()
  const text = request.postData?.text ?? ''
  const json = request.postData?._encoding ? undefined : parseJson(text)
  if (json) {
    const volatile = VOLATILE.filter((v) => v.method === request.method && v.path.test(url.pathname)).flatMap((v) => v.ignore)
    for (const path of [...volatile, ...ignore]) leaveOut(json.value, steps(path))
  }
  return { method: request.method, origin: url.origin, path: url.pathname, query, body: json ? { json: json.value } : { text }, url: request.url }
}

/** A live request as a HAR request, redacted with the secrets seen so far, as a recording would be. */
export function liveRequest(request: Request, body: Body | undefined, secrets: Set<string>): HarRequest {
  return toEntry(request, body, new Response(null), { text: '', binary: false }, Date.now(), secrets, undefined)!.request
}

/** The JSON path of the first difference between two JSON values, with both sides; `undefined` when equal. */
export function firstDifference(recorded: unknown, sent: unknown, path = ''): { path: string; recorded: unknown; sent: unknown } | undefined {
  if (Object.is(recorded, sent)) return
  const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v)
  if (kind(recorded) !== kind(sent) || typeof recorded !== 'object') return { path, recorded, sent }
  const a = recorded as Record<string, unknown>
  const b = sent as Record<string, unknown>
  if (Array.isArray(a)) {
    for (let i = 0; i < Math.max(a.length, (b as unknown as unknown[]).length); i++) {
      const found = firstDifference(a[i], b[i], pathTo(path, i))
      if (found) return found
    }
    return
  }
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    // A key left out (an ignored path) and one absent are the same.
    if (a[key] === undefined && b[key] === undefined) continue
    const found = firstDifference(a[key], b[key], pathTo(path, key))
    if (found) return found
  }
}

/** Everything that differs between a recorded request and a sent one, in the order a reader checks. */
export function differences(recorded: Shape, sent: Shape): CassetteDifference[] {
  const found: CassetteDifference[] = []
  for (const kind of ['method', 'origin', 'path'] as const) if (recorded[kind] !== sent[kind]) found.push({ kind, recorded: recorded[kind], sent: sent[kind] })
  for (const key of [...new Set([...recorded.query.keys(), ...sent.query.keys()])].sort()) {
    const [a, b] = [recorded.query.get(key) ?? [], sent.query.get(key) ?? []]
    if (a.join('\0') !== b.join('\0') || a.length !== b.length) found.push({ kind: 'query', key, recorded: a, sent: b })
  }
  const a = 'json' in recorded.body ? recorded.body.json : recorded.body.text
  const b = 'json' in sent.body ? sent.body.json : sent.body.text
  const body = firstDifference(a, b)
  if (body) found.push({ kind: 'body', ...body })
  return found
}

/** Path segments that differ, position by position. */
function segmentsApart(a: string, b: string): number {
  const [x, y] = [a.split('/'), b.split('/')]
  let apart = Math.abs(x.length - y.length)
  for (let i = 0; i < Math.min(x.length, y.length); i++) apart += x[i] === y[i] ? 0 : 1
  return apart
}

/** How far a recorded request is from a sent one: a different route counts most, then the method. */
export function distance(found: readonly CassetteDifference[]): number {
  const weight = { path: 4, method: 2, origin: 1, query: 1, body: 1 }
  return found.reduce((sum, d) => sum + weight[d.kind] + (d.kind === 'path' ? segmentsApart(d.recorded, d.sent) : 0), 0)
}
