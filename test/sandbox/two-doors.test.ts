// One handler, two doors: the same requests to two sandboxes of the same seed, one over HTTP
// (startSandbox) and one in process (createSandbox().fetch), get the same statuses and the same
// bodies byte for byte, once what is unique to a run (request ids, clock times, the origin in
// URLs the API hands out) is masked.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type InProcessSandbox, createSandbox, startSandbox } from '../../src/sandbox/index.js'

type Door = { sb: InProcessSandbox; send(api: Api, path: string, init: RequestInit): Promise<Response>; origin: string }
type Api = 'agentref' | 'agentclick' | 'agentries'
const DOCUMENTED = { agentref: 'https://www.agentref.co/api/v1', agentclick: 'https://agentclick.ai', agentries: 'https://api.agentries.xyz' }
const PREFIX = { agentref: '/agentref/api/v1', agentclick: '/agentclick', agentries: '/agentries' }

/** Masks what differs between any two runs, so that what remains must match byte for byte. */
function masked(text: string, origin: string): string {
  return text
    .replaceAll(origin, '<base>')
    .replace(/req_[0-9a-z]+/g, '<request-id>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')
    .replace(/\b1\d{12}\b/g, '<ms>')
    .replace(/\b1\d{9}\b/g, '<s>')
}

const requests = (keys: InProcessSandbox['keys'], token: string): [Api, string, RequestInit][] => {
  const ref = (method: string, body?: unknown, key = keys.agentref.merchant): RequestInit => ({ method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
  const act = (action: string, params?: unknown, key = keys.agentclick.agent): RequestInit => ({ method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ action, params }) })
  const ries = (method: string, body?: unknown): RequestInit => ({ method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
  return [
    ['agentref', '/programs?pageSize=3', ref('GET')],
    ['agentref', '/programs?cursor=bogus', ref('GET')],
    ['agentref', '/programs', ref('POST', { name: 'Doors', commissionType: 'one_time', commissionPercent: 12 })],
    ['agentref', '/programs', { ...ref('POST', { name: 'Once', commissionType: 'one_time', commissionPercent: 3 }), headers: { authorization: `Bearer ${keys.agentref.merchant}`, 'idempotency-key': 'same' } }],
    ['agentref', '/programs', { ...ref('POST', { name: 'Once', commissionType: 'one_time', commissionPercent: 3 }), headers: { authorization: `Bearer ${keys.agentref.merchant}`, 'idempotency-key': 'same' } }],
    ['agentref', '/programs', { ...ref('POST', { name: 'Other', commissionType: 'one_time', commissionPercent: 3 }), headers: { authorization: `Bearer ${keys.agentref.merchant}`, 'idempotency-key': 'same' } }],
    ['agentref', '/affiliates?limit=5', ref('GET')],
    ['agentref', '/me', ref('GET', undefined, keys.agentref.affiliate)],
    ['agentref', '/payouts', ref('GET', undefined, 'ak_live_unknown')],
    ['agentref', '/programs', { ...ref('POST'), body: '{"name":' }],
    ['agentref', '/programs/x%2Fy', ref('DELETE')],
    ['agentclick', '/api/mcp.php', act('publisher.programs_search', { per_page: 4, sort: 'reward_desc' })],
    ['agentclick', '/api/mcp.php', act('publisher.partnerships_list')],
    ['agentclick', '/api/mcp.php', act('agent.recommend', { use_case: 'chatbot', limit: 3 })],
    ['agentclick', '/api/mcp.php', act('agent.track_click', { partnership_id: 1 })],
    ['agentclick', '/api/mcp.php', act('nope')],
    ['agentclick', '/api/mcp.php', { method: 'POST', body: 'not json' }],
    ['agentries', '/api/referrals/code', ries('POST', { max_uses: 3 })],
    ['agentries', '/api/referrals/code', ries('GET')],
    ['agentries', '/api/referrals/stats', ries('GET')],
    ['agentries', '/api/referrals/my?limit=500', ries('GET')],
    ['agentries', '/api/referrals/code', { method: 'GET', headers: { authorization: 'Bearer x.y.z' } }],
    ['agentries', '/api/auth/token', { method: 'POST', body: JSON.stringify({ did: 'did:web:nobody', message: {}, signature: 'ab' }) }],
  ]
}

async function doors(seed: number): Promise<[Door, Door & { close(): Promise<void> }]> {
  const http = await startSandbox({ seed })
  const inProcess = createSandbox({ seed })
  return [
    { sb: http, origin: http.url, send: (api, path, init) => fetch(`${http.url}${PREFIX[api]}${path}`, init) },
    { sb: inProcess, origin: DOCUMENTED.agentclick, send: (api, path, init) => inProcess.fetch(`${DOCUMENTED[api]}${path}`, init), close: async () => {
      await inProcess.close()
      await http.close()
    } },
  ]
}

describe('two doors, one handler', () => {
  it('the same requests get the same statuses, headers that matter and bodies through both doors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1000 }), async (seed) => {
        const [overHttp, inProcess] = await doors(seed)
        try {
          expect(inProcess.sb.keys).toEqual(overHttp.sb.keys)
          const list = (d: Door) => requests(d.sb.keys, d.sb.mintAgentriesToken())
          const a = list(overHttp)
          const b = list(inProcess)
          for (let i = 0; i < a.length; i++) {
            const [api, path, init] = a[i]!
            const [x, y] = [await overHttp.send(api, path, init), await inProcess.send(...b[i]!)]
            const what = `${init.method} ${api}${path}`
            expect(y.status, what).toBe(x.status)
            for (const h of ['content-type', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'idempotent-replayed', 'retry-after', 'access-control-allow-origin']) expect(y.headers.get(h), `${what}: ${h}`).toBe(x.headers.get(h))
            expect(masked(await y.text(), `${inProcess.origin}`), what).toBe(masked(await x.text(), `${overHttp.origin}/agentclick`))
          }
        } finally {
          await inProcess.close()
        }
      }),
      { numRuns: 5 },
    )
  })
})
