import { describe, expect, test } from 'vitest'
// @ts-expect-error: a plain .mjs helper shared with the benchmark
import { bundle, bundleCases } from '../bench/sizes.mjs'
// @ts-expect-error: a plain .mjs helper
import { behaviourCosts } from '../bench/costs.mjs'

// The budgets and why they are what they are: bench/budgets.mjs.
// @ts-expect-error: a plain .mjs module
import { BUDGETS, MERCHANT_VS_OFFICIAL } from '../bench/budgets.mjs'

const cases = bundleCases('src') as Record<string, string>
const built = new Map<string, Promise<{ text: string; gzip: number }>>()
const get = (name: string) => {
  if (!(name in cases)) throw new Error(`no bundle case named ${name}`)
  if (!built.has(name)) built.set(name, bundle(cases[name]))
  return built.get(name)!
}

describe('bundle size budgets', () => {
  for (const [name, budget] of Object.entries(BUDGETS as Record<string, number>)) {
    test(`${name} ≤ ${budget} B gzip`, async () => {
      const { gzip } = await get(name)
      expect(gzip).toBeGreaterThan(500) // a real bundle, not an empty one
      expect(gzip).toBeLessThanOrEqual(budget)
    })
  }

  test('the merchant set ≤ the official SDK bundled in the same run', async () => {
    const [ours, official] = await Promise.all([get('merchant set'), get('official agentref SDK, one call')])
    expect(official.text).toContain('agentref') // the official SDK really is in its bundle
    expect(official.gzip).toBeGreaterThan(2_000)
    expect(ours.gzip).toBeLessThanOrEqual(official.gzip * MERCHANT_VS_OFFICIAL)
  })

  test('one function pulls in only its own provider', async () => {
    const markers = {
      agentref: ['agentref.co', '/programs', 'no "data" envelope'],
      agentclick: ['agentclick.ai', 'mcp.php', 'track_click'],
      agentries: ['agentries.xyz', '/api/referrals', 'authenticate'],
    }
    const owners: Record<string, keyof typeof markers> = {
      'listPrograms alone': 'agentref',
      'merchant set': 'agentref',
      'whole affiliate-fetch/agentref': 'agentref',
      'trackClick alone': 'agentclick',
      'createReferralCode alone': 'agentries',
    }
    for (const [name, owner] of Object.entries(owners)) {
      const { text } = await get(name)
      for (const [provider, strings] of Object.entries(markers)) {
        const present = strings.filter((s) => text.includes(s))
        if (provider === owner) expect(present.length, `${name} lacks its own code`).toBeGreaterThan(0)
        else expect(present, `${name} contains ${provider} code`).toEqual([])
      }
    }
  })

  test('no provider bundle holds code of affiliate-fetch/tools or affiliate-fetch/mcp', async () => {
    const markers = {
      tools: ['toolcall:', 'InvalidArguments', 'ToolNotAllowed', 'agentref_list_programs', 'additionalProperties'],
      mcp: ['readOnlyHint', 'modelcontextprotocol', 'tools/list', 'isError'],
    }
    const providerBundles = ['listPrograms alone', 'merchant set', 'whole affiliate-fetch/agentref', 'trackClick alone', 'createReferralCode alone', 'whole affiliate-fetch/agentclick', 'whole affiliate-fetch/agentries']
    for (const name of providerBundles) {
      const { text } = await get(name)
      for (const [area, strings] of Object.entries(markers)) expect(strings.filter((m) => text.includes(m)), `${name} holds ${area} code`).toEqual([])
    }
    // The markers are real: the tools bundle has them.
    const { text } = await get('whole affiliate-fetch/tools')
    expect(markers.tools.filter((m) => text.includes(m))).toEqual(markers.tools)
  })

  test('no provider bundle holds command-line code', async () => {
    const markers = ['when not running interactively', 'to rerun this command safely', 'Not run: nothing was sent', 'an in-process sandbox with its demo keys', '_affiliate_fetch']
    const providerBundles = ['listPrograms alone', 'merchant set', 'whole affiliate-fetch/agentref', 'trackClick alone', 'createReferralCode alone', 'whole affiliate-fetch/agentclick', 'whole affiliate-fetch/agentries', 'whole affiliate-fetch/tools']
    for (const name of providerBundles) {
      const { text } = await get(name)
      expect(markers.filter((m) => text.includes(m)), `${name} holds command-line code`).toEqual([])
    }
    // The markers are real: the command line, bundled, has them.
    const { build } = await import('esbuild')
    const cli = await build({ entryPoints: ['src/cli/main.ts'], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'error' })
    const text = cli.outputFiles[0]!.text
    expect(markers.filter((m) => !text.includes(m))).toEqual([])
  })

  test('no provider bundle, nor the tools, holds cassette code', async () => {
    const markers = ['no recorded answer for', 'CassetteMissError', 'redacted.redacted.redacted', 'startedDateTime', 'unknown-operation']
    const bundles = ['listPrograms alone', 'merchant set', 'whole affiliate-fetch/agentref', 'trackClick alone', 'createReferralCode alone', 'whole affiliate-fetch/agentclick', 'whole affiliate-fetch/agentries', 'whole affiliate-fetch/tools']
    for (const name of bundles) {
      const { text } = await get(name)
      expect(markers.filter((m) => text.includes(m)), `${name} holds cassette code`).toEqual([])
    }
    // The markers are real: the cassette bundle has them, and replayFetch alone leaves verifyCassette out.
    const whole = (await get('whole affiliate-fetch/cassette')).text
    expect(markers.filter((m) => !whole.includes(m))).toEqual([])
    const replay = (await get('replayFetch alone')).text
    expect(['unknown-operation', 'agentref_list_programs'].filter((m) => replay.includes(m))).toEqual([])
    expect(replay).not.toMatch(/\bfrom\s*["']node:|\bimport\s*\(\s*["']node:|\brequire\s*\(/)
  })

  test('no provider bundle holds sandbox code; the sandbox bundles for a browser with no node: import', async () => {
    const markers = ['No sandbox API is mounted', 'Injected fault', 'affiliate-fetch sandbox', 'Request bodies are limited to', 'sandbox.fetch']
    const providerBundles = ['listPrograms alone', 'merchant set', 'whole affiliate-fetch/agentref', 'trackClick alone', 'createReferralCode alone', 'whole affiliate-fetch/agentclick', 'whole affiliate-fetch/agentries']
    for (const name of providerBundles) {
      const { text, gzip } = await get(name)
      expect(gzip, `${name} is a real bundle`).toBeGreaterThan(500)
      expect(markers.filter((m) => text.includes(m)), `${name} holds sandbox code`).toEqual([])
    }
    // The markers are real: the sandbox bundle has them, and imports nothing from node: (esbuild's
    // browser platform would fail on one; the HTTP door asks process.getBuiltinModule at run time).
    const { text } = await get('affiliate-fetch/sandbox (createSandbox)')
    expect(markers.filter((m) => text.includes(m))).toEqual(markers)
    for (const name of ['affiliate-fetch/sandbox (createSandbox)', 'whole affiliate-fetch/sandbox']) expect((await get(name)).text, name).not.toMatch(/\bfrom\s*["']node:|\bimport\s*\(\s*["']node:|\brequire\s*\(/)
  })

  test('a bundle that does not use them holds no rate-limit parsing, withResponse, pace or debugLog', async () => {
    const markers = {
      readRateLimit: ['x-ratelimit-', 'ratelimit-policy'],
      withResponse: ['withResponse:', 'clone()'],
      pace: ['RATE_LIMIT_PACED', 'resumesAt'],
      debugLog: ['request-id=', 'remaining='],
    }
    for (const name of ['listPrograms alone', 'merchant set', 'trackClick alone', 'createReferralCode alone']) {
      const { text } = await get(name)
      for (const [feature, strings] of Object.entries(markers)) expect(strings.filter((m) => text.includes(m)), `${name} holds ${feature}`).toEqual([])
    }
    // The markers are real: the whole subpath has them.
    const { text } = await get('whole affiliate-fetch/agentref')
    expect(Object.values(markers).flat().filter((m) => !text.includes(m))).toEqual([])
  })

  test('listPrograms alone leaves the other AgentRef operations out', async () => {
    const { text } = await get('listPrograms alone')
    for (const other of ['/payouts', '/webhooks', '/marketing-resources', 'svix']) expect(text).not.toContain(other)
  })

  test('npm run bench:costs still swaps out real code: each behaviour it prices costs bytes', async () => {
    const { full, costs, floor } = await behaviourCosts()
    expect(full).toBe((await get('listPrograms alone')).gzip)
    for (const [name, saved] of Object.entries(costs as Record<string, number>)) expect(saved, name).toBeGreaterThan(10)
    expect(floor).toBeLessThan(full)
  })
})
