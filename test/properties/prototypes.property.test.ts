// Property: objects built from a server's JSON never change a prototype. Whatever JSON a server
// sends, with `__proto__`, `constructor` and `prototype` keys at any depth (in success bodies,
// pages, the three providers' error shapes, and response header names), every object reachable
// from the result or the error has the prototype of a plain object, an array or none, and no
// property is inherited from what the server sent.
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { createAgentClick, listCategories } from '../../src/agentclick/index.js'
import { createAgentRef, getProgram, listPrograms, paginate } from '../../src/agentref/index.js'
import { createAgentries, getReferralStats } from '../../src/agentries/index.js'
import { RUNS } from './runs.js'

const DANGEROUS = ['__proto__', 'constructor', 'prototype'] as const
/** What a replaced prototype would make readable everywhere below it. */
const PLANTED = { isAdmin: true, planted: 'from the server' }
const PLANTED_KEYS = Object.keys(PLANTED)
const SECRET = 'ak_live_Q7w9Z2x4_0123456789'

/** Any JSON value whose objects may hold the three keys, often holding PLANTED (own data, as JSON.parse makes them). */
const { tree } = fc.letrec<{ tree: unknown; object: Record<string, unknown>; array: unknown[] }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), tie('object'), tie('array')),
  array: fc.array(tie('tree'), { maxLength: 3 }),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...DANGEROUS), fc.string({ maxLength: 6 })), fc.oneof(tie('tree'), fc.constant(PLANTED))), { maxLength: 4 })
    .map((entries) => Object.fromEntries(entries)),
}))

/** An envelope object with the dangerous keys beside its own fields. */
const withDangerous = (fields: Record<string, unknown>) =>
  fc.subarray([...DANGEROUS]).map((keys) => Object.fromEntries([...keys.map((key) => [key, PLANTED]), ...Object.entries(fields)]))

/** Every object reachable from `root`: plain prototypes only, nothing planted readable unless own. */
function expectClean(root: unknown, where: string): void {
  const seen = new Set<unknown>()
  const visit = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    const proto = Object.getPrototypeOf(value)
    expect([Object.prototype, Array.prototype, null].includes(proto), `${where}${path}: prototype replaced`).toBe(true)
    for (const key of PLANTED_KEYS) if (!Object.hasOwn(value, key)) expect((value as any)[key], `${where}${path}.${key} inherited`).toBeUndefined()
    for (const key of Object.getOwnPropertyNames(value)) visit(Object.getOwnPropertyDescriptor(value, key)!.value, `${path}.${key}`)
  }
  visit(root, '')
}

type Case = { provider: 'agentref' | 'agentref-page' | 'agentclick' | 'agentries'; status: number; body: unknown }

const success = fc.oneof(
  fc.record({ provider: fc.constant('agentref' as const), body: tree.chain((data) => withDangerous({ data, meta: { requestId: 'r' } })) }),
  fc.record({
    provider: fc.constant('agentref-page' as const),
    body: fc.array(tree, { maxLength: 3 }).chain((data) => fc.oneof(tree, withDangerous({ hasMore: false })).chain((meta) => withDangerous({ data, meta }))),
  }),
  fc.record({ provider: fc.constant('agentclick' as const), body: tree.chain((data) => withDangerous({ success: true, data })) }),
  fc.record({ provider: fc.constant('agentries' as const), body: tree }),
).map((c): Case => ({ ...c, status: 200 }))

const failure = fc
  .record({
    provider: fc.constantFrom('agentref' as const, 'agentclick' as const, 'agentries' as const),
    status: fc.constantFrom(400, 401, 403, 404, 409, 422, 429, 500, 503),
    details: tree,
  })
  .chain(({ provider, status, details }) =>
    (provider === 'agentref'
      ? withDangerous({ code: 'BAD', message: 'no', details }).chain((error) => withDangerous({ error, meta: { requestId: 'req_1' } }))
      : provider === 'agentclick'
        ? withDangerous({ success: false, message: 'no', details })
        : withDangerous({ error: 'no', details })
    ).map((body): Case => ({ provider, status, body })),
  )

async function call({ provider, status, body }: Case): Promise<unknown> {
  // As entries: an object literal would take `__proto__` as its prototype, not as a header.
  const headers: [string, string][] = [['content-type', 'application/json'], ...DANGEROUS.map((name): [string, string] => [name, 'header'])]
  const fetch = async () => new Response(JSON.stringify(body), { status, headers })
  const options = { maxRetries: 0 }
  switch (provider) {
    case 'agentref':
      return getProgram(createAgentRef({ apiKey: SECRET, baseUrl: 'https://api.example.test/api/v1', fetch }), 'p', options)
    case 'agentref-page': {
      const client = createAgentRef({ apiKey: SECRET, baseUrl: 'https://api.example.test/api/v1', fetch })
      const items: unknown[] = []
      for await (const item of paginate(listPrograms, client, {}, options)) items.push(item)
      return [await listPrograms(client, {}, options), items]
    }
    case 'agentclick':
      return listCategories(createAgentClick({ apiKey: `aa_${'ab'.repeat(24)}`, baseUrl: 'https://click.example.test/api/mcp.php', fetch }), options)
    case 'agentries':
      return getReferralStats(createAgentries({ token: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln', baseUrl: 'https://agentries.example.test', fetch }), options)
  }
}

test(`prototypes: no server JSON reshapes an object, in results, pages, error details, headers or redacted copies (${RUNS.prototypes} cases)`, async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(success, failure), async (c) => {
      const outcome = await call(c).then(
        (value) => ({ value }),
        (error) => ({ error }),
      )
      if ('value' in outcome) return expectClean(outcome.value, 'result')
      const { error } = outcome
      // Paginating an item list that is not an array may fail: it must still be our error.
      expect(error.name, String(error)).toMatch(/Error$/)
      if (c.status === 200) return
      expect(error.status).toBe(c.status)
      expectClean(error.details, 'error.details')
      expectClean(error.headers, 'error.headers')
      for (const name of DANGEROUS) expect(Object.getOwnPropertyDescriptor(error.headers, name)?.value, `${name} in ${JSON.stringify(Object.entries(error.headers))}`).toBe("header")
    }),
    { numRuns: RUNS.prototypes },
  )
  // Nothing reached the shared prototypes either.
  expect(({} as any).isAdmin).toBeUndefined()
}, 120_000)
