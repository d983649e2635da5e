// Our small validator against ajv (JSON Schema 2020-12, with ajv-formats) on generated valid and
// invalid arguments for every tool: both must always agree.
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { tools, type JsonSchema } from '../../src/tools/index.js'
import { validate } from '../../src/tools/validate/index.js'
import { valid } from '../helpers/schema-arbitrary.js'

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void
const ajv = new Ajv2020({ strict: true, strictTypes: false })
addFormats(ajv)

/** Near misses: a valid value with one property wrong, one extra, or one required missing; and any JSON. */
function invalid(schema: JsonSchema): fc.Arbitrary<unknown> {
  const keys = Object.keys(schema.properties ?? {})
  const base = valid(schema) as fc.Arbitrary<Record<string, unknown>>
  const wrongValue = keys.length
    ? fc.tuple(base, fc.constantFrom(...keys), fc.oneof(fc.jsonValue(), fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.constant('not-a-date'), fc.constant('2026-02-30'), fc.constant('a b@c'))).map(([v, k, x]) => ({ ...v, [k]: x }))
    : fc.jsonValue()
  const extra = fc.tuple(base, fc.string({ minLength: 1 }), fc.jsonValue()).map(([v, k, x]) => ({ ...v, [k]: x }))
  const missing = schema.required?.length
    ? fc.tuple(base, fc.constantFrom(...schema.required)).map(([v, k]) => {
        const copy = { ...v }
        delete copy[k]
        return copy
      })
    : fc.jsonValue()
  return fc.oneof(wrongValue, extra, missing, fc.jsonValue())
}

describe('validate agrees with ajv on every tool', () => {
  for (const tool of tools) {
    test(tool.name, () => {
      const check = ajv.compile(tool.inputSchema)
      fc.assert(
        fc.property(valid(tool.inputSchema), (args) => {
          expect(check(args), JSON.stringify(check.errors)).toBe(true)
          expect(validate(tool.inputSchema, args)).toBeUndefined()
        }),
        { numRuns: 40 },
      )
      fc.assert(
        fc.property(invalid(tool.inputSchema), (args) => {
          const ours = validate(tool.inputSchema, args)
          expect(ours === undefined, `ours: ${ours}; ajv: ${JSON.stringify(check.errors)}`).toBe(check(args))
        }),
        { numRuns: 60 },
      )
    })
  }
})

describe('validate messages name the field', () => {
  const schema = tools.find((t) => t.name === 'agentref_create_payout')!.inputSchema
  test.each([
    [{ programId: 'p', method: 'paypal' }, '"affiliateId" is required'],
    [{ affiliateId: 'a', programId: 'p', method: 'cash' }, '"method" must be one of "paypal", "bank_transfer"'],
    [{ affiliateId: 'a', programId: 'p', method: 'paypal', amount: 5 }, '"amount" is not allowed'],
    [{ affiliateId: 1, programId: 'p', method: 'paypal' }, '"affiliateId" must be a string'],
    [[], 'the arguments must be an object'],
  ])('%j', (args, message) => {
    expect(validate(schema, args)).toContain(message)
  })
  test('nested paths and formats', () => {
    const hook = tools.find((t) => t.name === 'agentref_create_webhook')!.inputSchema
    expect(validate(hook, { name: 'n', url: 'https://x.example/h', subscribedEvents: ['payout.created', 'nope'] })).toContain('"subscribedEvents[1]" must be one of')
    expect(validate(hook, { name: 'n', url: 'not a url', subscribedEvents: ['payout.created'] })).toBe('"url" must be a valid uri')
  })
})

describe('the uri format, against ajv', () => {
  // "A:" was found by the property above: an empty hier-part, which ajv refuses.
  const check = ajv.compile({ type: 'string', format: 'uri' })
  const schema = { type: 'object', properties: { u: { type: 'string', format: 'uri' } } } as JsonSchema
  test.each(['A:', 'a:[', 'x:%zz', 'x:%41', 'a:b c', 'http://[::1]:8080/p?q#f', 'http://[v1.x]/', 'http://[::g]/', 'mailto:a@b.c', 'urn:isbn:0451450523', 'https://example.com/a/%E2%82%AC'])('%s', (u) => {
    expect(validate(schema, { u }) === undefined).toBe(check(u))
  })
})
