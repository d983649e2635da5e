// The Worker in workerd (Miniflare), its AgentRef calls answered from the committed cassette.
// esbuild bundles it as Wrangler would, with the cassette (a .har file) inlined as JSON.
import { build } from 'esbuild'
import { Miniflare, Response, type Request } from 'miniflare'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, test } from 'vitest'

let mf: Miniflare | undefined
const outbound: string[] = []

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./replay-worker.js', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    loader: { '.har': 'json' },
    write: false,
    logLevel: 'error',
  })
  mf = new Miniflare({
    modules: true,
    script: bundle.outputFiles[0]!.text,
    compatibilityDate: '2025-01-01',
    bindings: { AGENTREF_API_KEY: 'ak_live_replayed' }, // any key: headers are not compared
    // Every request the Worker sends to the network lands here, and fails.
    outboundService: (request: Request) => {
      outbound.push(request.url)
      return new Response('no network in this test', { status: 418 })
    },
  })
  await mf.ready
})

afterAll(() => mf?.dispose())

test('GET /programs answers from the cassette, in workerd, with nothing sent out', async () => {
  const response = await mf!.dispatchFetch('http://worker.test/programs')
  expect(response.status, await response.clone().text()).toBe(200)
  expect(await response.json()).toEqual({
    total: 3,
    programs: [
      { id: 'prg_3477502e9203', name: 'Sandbox Enterprise Partners' },
      { id: 'prg_31d7c7f3d5a0', name: 'Sandbox Starter Referral' },
      { id: 'prg_b6466a501f65', name: 'Sandbox Analytics Partners' },
    ],
  })
  expect(outbound).toEqual([])
})
