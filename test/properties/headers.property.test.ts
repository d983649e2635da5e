// Property: whatever the casing of header names across the client's headers, the call's headers
// and the idempotency options, exactly one value per header reaches the wire (the call's over the
// client's over ours), and a caller's idempotency key is the same on every retry.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createAgentRef, createProgram, getProgram } from '../../src/agentref/index.js'
import { RUNS } from './runs.js'

interface Seen {
  method: string
  raw: string[]
}
let seen: Seen[] = []
let failFirst = false
let server: http.Server
let url = ''

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', raw: req.rawHeaders })
    req.resume().on('end', () => {
      if (failFirst && seen.length === 1) return res.writeHead(503, { 'retry-after': '0', 'content-type': 'application/json' }).end('{"error":{"code":"DOWN","message":"down"}}')
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"id":"p"}}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))))

/** Any spelling of a header name: each letter upper or lower. */
const casing = (name: string) =>
  fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }).map((upper) => [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''))
const NAMES = ['x-trace', 'content-type', 'accept', 'idempotency-key', 'x-tenant'] as const
const value = fc.stringMatching(/^[a-z0-9][a-z0-9 ;=/-]{0,20}[a-z0-9]$/)
/** A header layer: some of the names, each in some casing, maybe twice in different casings. */
const layer = fc
  .array(fc.tuple(fc.constantFrom(...NAMES), fc.boolean(), value), { maxLength: 6 })
  .chain((items) => fc.tuple(...items.map(([name, twice, v]) => fc.tuple(casing(name), twice ? casing(name) : fc.constant(undefined), fc.constant(v)))))
  .map((items) => {
    const out: Record<string, string> = {}
    for (const [a, b, v] of items) {
      out[a] = v
      if (b !== undefined) out[b] = v // same value under a second spelling of the same name
    }
    return out
  })

/** What each header should be, decided from the layers independently of the code under test. */
function expected(client: Record<string, string>, call: Record<string, string>, isPost: boolean) {
  const pick = (name: string) => {
    const find = (layer: Record<string, string>) => Object.entries(layer).filter(([k]) => k.toLowerCase() === name).at(-1)?.[1]
    return find(call) ?? find(client)
  }
  return {
    'x-trace': pick('x-trace'),
    'x-tenant': pick('x-tenant'),
    accept: pick('accept') ?? 'application/json',
    'content-type': pick('content-type') ?? (isPost ? 'application/json' : undefined),
  }
}

const count = (raw: string[], name: string) => raw.filter((_, i) => i % 2 === 0 && raw[i]!.toLowerCase() === name).length
const get = (raw: string[], name: string) => raw.find((_, i) => i % 2 === 1 && raw[i - 1]!.toLowerCase() === name)

test(`headers: one value per header on the wire, for any casing across layers (${RUNS.headers} cases)`, async () => {
  await fc.assert(
    fc.asyncProperty(layer, layer, fc.boolean(), fc.option(fc.stringMatching(/^[a-z0-9-]{1,16}$/)), fc.boolean(), async (clientHeaders, callHeaders, isPost, optionKey, retryOnce) => {
      seen = []
      failFirst = retryOnce
      const fromCall = Object.entries(callHeaders).filter(([k]) => k.toLowerCase() === 'idempotency-key').at(-1)?.[1]
      const fromClient = Object.entries(clientHeaders).filter(([k]) => k.toLowerCase() === 'idempotency-key').at(-1)?.[1]
      const keyHeader = fromCall ?? fromClient
      const client = createAgentRef({ apiKey: 'ak_live_property', baseUrl: `${url}/api/v1`, headers: clientHeaders })
      const options = { headers: callHeaders, ...(optionKey !== null && isPost ? { idempotencyKey: optionKey } : {}) }
      const call = isPost ? createProgram(client, { name: 'n' } as never, options) : getProgram(client, 'p', options)
      const outcome = await call.then(() => 'ok', (e) => e)
      const conflict = isPost && optionKey !== null && keyHeader !== undefined && keyHeader.trim() !== optionKey
      if (conflict) {
        expect(outcome.name).toBe('AffiliateError')
        expect(seen).toHaveLength(0)
        return
      }
      expect(outcome).toBe('ok')
      const want = expected(clientHeaders, callHeaders, isPost)
      const key = isPost ? (optionKey ?? keyHeader?.trim()) : keyHeader?.trim()
      for (const request of seen) {
        for (const name of [...NAMES, 'authorization']) expect(count(request.raw, name), `${name} once at most`).toBeLessThanOrEqual(1)
        for (const [name, v] of Object.entries(want)) expect(get(request.raw, name), name).toBe(v?.trim())
        expect(get(request.raw, 'authorization')).toBe('Bearer ak_live_property')
        if (key !== undefined) expect(get(request.raw, 'idempotency-key')).toBe(key)
      }
      // A POST with a key (given or generated) and a GET are retried; the key is the same each time.
      expect(seen).toHaveLength(retryOnce ? 2 : 1)
      if (isPost) expect(new Set(seen.map((r) => get(r.raw, 'idempotency-key'))).size).toBe(1)
    }),
    { numRuns: RUNS.headers },
  )
}, 120_000)
