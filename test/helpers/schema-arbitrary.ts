// Values that satisfy a tool's JSON Schema, for properties over every tool's input.
import fc from 'fast-check'
import type { JsonSchema } from '../../src/tools/index.js'

/** Values that satisfy `schema`. */
export function valid(schema: JsonSchema): fc.Arbitrary<unknown> {
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

