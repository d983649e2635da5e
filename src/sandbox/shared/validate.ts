/** A tiny declarative checker for JSON bodies and AgentClick params. */

export type Kind = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'string[]'

export interface FieldSpec {
  type: Kind
  required?: boolean
  nullable?: boolean
  /** Allowed values (strings or numbers). */
  values?: readonly (string | number)[]
  min?: number
  max?: number
  /** For strings: a pattern the value must match. */
  pattern?: RegExp
  /** For arrays: at least this many items. */
  minItems?: number
}

export type Spec = Record<string, FieldSpec>

export interface Issue {
  field: string
  problem: 'required' | 'type' | 'value'
  message: string
}

type Extra = Omit<FieldSpec, 'type' | 'required' | 'values'>

function make(required: boolean) {
  return (type: Kind | readonly (string | number)[], extra: Extra = {}): FieldSpec =>
    Array.isArray(type)
      ? { type: typeof type[0] === 'number' ? 'number' : 'string', values: type as readonly (string | number)[], required, ...extra }
      : { type: type as Kind, required, ...extra }
}

/** A required field; pass an array of values for an enum. */
export const req = make(true)
/** An optional field; pass an array of values for an enum. */
export const opt = make(false)

function typeOk(type: Kind, v: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string'
    case 'number':
      return typeof v === 'number' && Number.isFinite(v)
    case 'integer':
      return Number.isInteger(v)
    case 'boolean':
      return typeof v === 'boolean'
    case 'array':
      return Array.isArray(v)
    case 'string[]':
      return Array.isArray(v) && v.every((x) => typeof x === 'string')
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v)
  }
}

const article = (type: Kind) => (type === 'string[]' ? 'an array of strings' : type === 'integer' || type === 'array' || type === 'object' ? `an ${type}` : `a ${type}`)

/** Every problem with `input` against `spec` (empty when valid). */
export function check(input: Record<string, unknown>, spec: Spec): Issue[] {
  const issues: Issue[] = []
  for (const [field, f] of Object.entries(spec)) {
    const v = input[field]
    if (v === undefined || (v === null && !f.nullable)) {
      if (f.required) issues.push({ field, problem: 'required', message: 'is required' })
      else if (v === null) issues.push({ field, problem: 'type', message: 'must not be null' })
      continue
    }
    if (v === null) continue
    if (!typeOk(f.type, v)) {
      issues.push({ field, problem: 'type', message: `must be ${article(f.type)}` })
      continue
    }
    if (f.values && !f.values.includes(v as string | number)) {
      issues.push({ field, problem: 'value', message: `must be one of ${f.values.join(', ')}` })
    } else if (typeof v === 'number' && ((f.min !== undefined && v < f.min) || (f.max !== undefined && v > f.max))) {
      issues.push({ field, problem: 'value', message: `must be between ${f.min ?? '-∞'} and ${f.max ?? '∞'}` })
    } else if (typeof v === 'string' && f.pattern && !f.pattern.test(v)) {
      issues.push({ field, problem: 'value', message: `has an invalid format` })
    } else if (typeof v === 'string' && f.required && v.trim() === '') {
      issues.push({ field, problem: 'required', message: 'must not be empty' })
    } else if (Array.isArray(v) && f.minItems !== undefined && v.length < f.minItems) {
      issues.push({ field, problem: 'value', message: `must have at least ${f.minItems} item(s)` })
    }
  }
  return issues
}

/** `{ field: message }` for an error's `details`. */
export function issueMap(issues: readonly Issue[]): Record<string, string> {
  return Object.fromEntries(issues.map((i) => [i.field, i.message]))
}
