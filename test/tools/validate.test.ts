// Our small validator against ajv (JSON Schema 2020-12, with ajv-formats) on generated valid and
// invalid arguments for every tool: both must always agree.
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { tools, type JsonSchema } from '../../src/tools/index.js'
import { validate } from '../../src/tools/validate/index.js'

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void
const ajv = new Ajv2020({ strict: true, strictTypes: false })
addFormats(ajv)

/** Values that satisfy `schema`. */
function valid(schema: JsonSchema): fc.Arbitrary<unknown> {
  const types = schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : schema.type
  if (types.includes('null') && types.length > 1) return fc.oneof(valid({ ...schema, type: types.filter((t) => t !== 'null'), enum: schema.enum?.filter((v) => v !== null) }), fc.constant(null))
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const min = schema.minimum
  const max = schema.maximum
  switch (types[0]) {
    case 'string': {
      const dates = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
      if (schema.format === 'date-time') {
        const zones = fc.constantFrom('Z', 'z', '+01:00', '-05:30', '+0930', '-12')
        return fc.tuple(dates, zones, fc.boolean(), fc.constantFrom('T', 't', ' ')).map(([d, zone, whole, sep]) => {
          const iso = d.toISOString().replace('T', sep)
          return (whole ? iso.replace(/\.\d+Z$/, 'Z') : iso).replace(/Z$/, zone)
        })
      }
      if (schema.format === 'date') return dates.map((d) => d.toISOString().slice(0, 10))
      if (schema.format === 'email') return fc.emailAddress()
      if (schema.format === 'uri') return fc.webUrl({ withQueryParameters: true, withFragments: true })
      return fc.string({ minLength: schema.minLength ?? 0, unit: 'grapheme' })
    }
    case 'integer':
      return fc.integer({ min: min ?? -1e9, max: max ?? 1e9 })
    case 'number':
      return fc.double({ min: min ?? -1e9, max: max ?? 1e9, noNaN: true })
    case 'boolean':
      return fc.boolean()
    case 'array':
      return fc.array(valid(schema.items ?? {}), { minLength: schema.minItems ?? 0, maxLength: 4 })
    case 'object': {
      const props = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, s]) => [k, valid(s)]))
      return fc.record(props, { requiredKeys: [...(schema.required ?? [])] })
    }
    default:
      return fc.jsonValue()
  }
}

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
