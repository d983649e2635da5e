import type { JsonSchema, JsonType } from '../types.ts'
import { matchesFormat } from './formats.ts'

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function typeMatches(type: JsonType, value: unknown): boolean {
  switch (type) {
    case 'object':
      return isObject(value)
    case 'array':
      return Array.isArray(value)
    case 'string':
      return typeof value === 'string'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'integer':
      return Number.isInteger(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'null':
      return value === null
  }
}

const article = (t: JsonType) => (t === 'null' ? 'null' : /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`)
const show = (v: unknown) => (typeof v === 'string' ? `"${v}"` : String(v))
const field = (path: string) => (path ? `"${path}"` : 'the arguments')
const child = (path: string, key: string) => (path ? `${path}.${key}` : key)

/**
 * Checks `value` against `schema` (the JSON Schema subset of our tool inputs: type, enum,
 * properties, required, additionalProperties, items, format and the numeric, length and item
 * limits). Returns the first problem as a message naming the field, or `undefined` when valid.
 */
export function validate(schema: JsonSchema, value: unknown, path = ''): string | undefined {
  const types = schema.type === undefined ? undefined : typeof schema.type === 'string' ? [schema.type] : schema.type
  if (types && !types.some((t) => typeMatches(t, value))) return `${field(path)} must be ${types.map(article).join(' or ')}`
  if (schema.enum && !schema.enum.includes(value)) return `${field(path)} must be one of ${schema.enum.map(show).join(', ')}`
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return `${field(path)} must be at least ${schema.minimum}`
    if (schema.maximum !== undefined && value > schema.maximum) return `${field(path)} must be at most ${schema.maximum}`
  }
  if (typeof value === 'string') {
    const length = [...value].length
    if (schema.minLength !== undefined && length < schema.minLength) return `${field(path)} must have at least ${schema.minLength} character${schema.minLength === 1 ? '' : 's'}`
    if (schema.maxLength !== undefined && length > schema.maxLength) return `${field(path)} must have at most ${schema.maxLength} characters`
    if (schema.format !== undefined && !matchesFormat(schema.format, value)) return `${field(path)} must be a valid ${schema.format}`
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) return `${field(path)} must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return `${field(path)} must have at most ${schema.maxItems} items`
    if (schema.items) {
      for (let i = 0; i < value.length; i++) {
        const problem = validate(schema.items, value[i], `${path}[${i}]`)
        if (problem) return problem
      }
    }
  }
  if (isObject(value)) return validateObject(schema, value, path)
  return undefined
}

function validateObject(schema: JsonSchema, value: Record<string, unknown>, path: string): string | undefined {
  const properties = schema.properties ?? {}
  for (const name of schema.required ?? []) {
    if (!Object.hasOwn(value, name)) return `${field(child(path, name))} is required`
  }
  for (const key of Object.keys(value)) {
    const at = child(path, key)
    const own = Object.hasOwn(properties, key) ? properties[key] : undefined
    const rule = own ?? schema.additionalProperties
    if (rule === false) return `${field(at)} is not allowed${path ? '' : `; allowed: ${Object.keys(properties).join(', ') || 'none'}`}`
    if (rule && rule !== true) {
      const problem = validate(rule, value[key], at)
      if (problem) return problem
    }
  }
  return undefined
}
