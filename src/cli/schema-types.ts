import type { JsonSchema } from '../tools/types.ts'

/** A schema's types, `null` aside: what a flag's text becomes. */
export const typesOf = (schema: JsonSchema): string[] => (Array.isArray(schema.type) ? schema.type : [schema.type]).filter((t): t is string => t !== undefined && t !== 'null')

/** Whether the schema takes `null` (a field `--no-x` clears). */
export const nullable = (schema: JsonSchema): boolean => Array.isArray(schema.type) && schema.type.includes('null')
