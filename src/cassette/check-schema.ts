import type { JsonSchema, JsonType } from '../tools/types.ts'
import { pathTo } from './json-path.ts'
import type { CassetteFinding } from './types.ts'

type Found = Pick<CassetteFinding, 'path' | 'kind' | 'expected' | 'actual'>

const typeOf = (value: unknown): JsonType =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : (typeof value as JsonType)

const fits = (value: unknown, types: readonly JsonType[]) => {
  const type = typeOf(value)
  return types.includes(type) || (type === 'integer' && types.includes('number'))
}

const typesOf = (type: JsonType | readonly JsonType[]): readonly JsonType[] => (typeof type === 'string' ? [type] : type)
/** A schema's type in words: `string | null`. */
const typeText = (schema: JsonSchema | undefined): string | undefined => (schema?.type === undefined ? undefined : typesOf(schema.type).join(' | '))
const serious = (found: Found[]) => found.filter((f) => f.kind !== 'unknown-field').length

/**
 * What differs between a JSON value and one of our output schemas: fields of another type (an
 * enum value we don't list is one), required fields missing, and fields we don't know (information).
 */
export function checkSchema(value: unknown, schema: JsonSchema, path = '', found: Found[] = []): Found[] {
  if (schema.anyOf) {
    // The branch that fits best speaks for the value.
    const tries = schema.anyOf.map((branch) => checkSchema(value, branch, path))
    found.push(...tries.reduce((a, b) => (serious(b) < serious(a) || (serious(b) === serious(a) && b.length < a.length) ? b : a)))
    return found
  }
  if (schema.type !== undefined && !fits(value, typesOf(schema.type))) return found.push({ path, kind: 'type', expected: typeText(schema), actual: typeOf(value) }), found
  if (schema.enum && !schema.enum.includes(value)) {
    return found.push({ path, kind: 'type', expected: `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`, actual: JSON.stringify(value) }), found
  }
  if (Array.isArray(value)) {
    if (schema.items) value.forEach((item, i) => checkSchema(item, schema.items!, pathTo(path, i), found))
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    for (const key of schema.required ?? []) if (!Object.prototype.hasOwnProperty.call(record, key)) found.push({ path: pathTo(path, key), kind: 'missing', expected: typeText(schema.properties?.[key]) })
    for (const [key, inner] of Object.entries(record)) {
      const known = schema.properties && Object.prototype.hasOwnProperty.call(schema.properties, key) ? schema.properties[key] : undefined
      if (known) checkSchema(inner, known, pathTo(path, key), found)
      else if (typeof schema.additionalProperties === 'object') checkSchema(inner, schema.additionalProperties, pathTo(path, key), found)
      // A schema without properties is a free-form object: every field is as expected.
      else if (schema.properties) found.push({ path: pathTo(path, key), kind: 'unknown-field', actual: typeOf(inner) })
    }
  }
  return found
}

