// Property: for any string id, the server sees exactly one path segment that decodes back to the
// id, or nothing is sent and the call fails with a typed AffiliateError.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createAgentRef, getProgram, getProgramStats } from '../../src/agentref/index.js'
import { RUNS } from './runs.js'

let targets: string[] = []
let server: http.Server
let url = ''
beforeAll(async () => {
  server = http.createServer((req, res) => {
    targets.push(req.url ?? '')
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))))

const id = fc.oneof(
  fc.string({ unit: 'binary' }),
  // halves of surrogate pairs, alone or around other text
  fc.tuple(fc.string(), fc.integer({ min: 0xd800, max: 0xdfff }), fc.string()).map(([a, half, b]) => a + String.fromCharCode(half) + b),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('.', '/', '\\', '%', '2', 'e', 'E', '?', '#', ' ', '\t', ';', '&', '=', '+', 'a') }),
  fc.constantFrom('.', '..', '%2e', '%2E%2e', '...', ' ', '', '..%2f', 'a/../b'),
)

test(`paths: one segment on the wire, or a typed error and nothing sent (${RUNS.paths} cases)`, async () => {
  const client = createAgentRef({ apiKey: 'ak_live_paths', baseUrl: `${url}/api/v1` })
  await fc.assert(
    fc.asyncProperty(id, fc.boolean(), async (value, stats) => {
      targets = []
      const outcome = await (stats ? getProgramStats(client, value) : getProgram(client, value)).then(() => 'sent', (e) => e)
      if (outcome !== 'sent') {
        expect(outcome.name).toBe('AffiliateError')
        expect(targets).toEqual([])
        return
      }
      expect(targets).toHaveLength(1)
      const pathname = targets[0]!.split('?')[0]!
      const match = /^\/api\/v1\/programs\/([^/]+)(\/stats)?$/.exec(pathname)
      expect(match, pathname).not.toBeNull()
      expect(Boolean(match![2])).toBe(stats)
      expect(decodeURIComponent(match![1]!)).toBe(value)
    }),
    { numRuns: RUNS.paths },
  )
}, 120_000)
