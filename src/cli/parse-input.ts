import { parseArgs } from 'node:util'
import type { JsonSchema } from '../tools/types.ts'
import { validate } from '../tools/validate/validate.ts'
import { kebab } from './case.ts'
import type { Command } from './command-table.ts'
import { GLOBAL_FLAGS, type GlobalFlags } from './global-flags.ts'
import { nullable, typesOf } from './schema-types.ts'
import { didYouMean } from './suggest.ts'
import { UsageError } from './usage-error.ts'

type ParseOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'] & {}


/** parseArgs options for a command: the global flags, then one per input property (`--no-x` for booleans and nullables). */
function optionsOf(command: Command | undefined): ParseOptions {
  const options: ParseOptions = {}
  for (const [name, flag] of Object.entries(GLOBAL_FLAGS)) options[name] = { type: flag.type, ...('short' in flag ? { short: flag.short } : {}) }
  for (const [flag, property] of command?.flags ?? []) {
    const schema = command!.tool.inputSchema.properties[property]!
    const types = typesOf(schema)
    options[flag] = types.includes('boolean') ? { type: 'boolean' } : { type: 'string', multiple: types.includes('array') }
    if (types.includes('boolean') || nullable(schema)) options[`no-${flag}`] = { type: 'boolean' }
  }
  return options
}

/** One flag's text as the value its schema wants. */
function convert(flag: string, schema: JsonSchema, raw: string | boolean | (string | boolean)[]): unknown {
  const types = typesOf(schema)
  if (Array.isArray(raw)) return raw.map((item) => convert(flag, schema.items ?? {}, item))
  if (typeof raw === 'boolean') return raw
  if (types.includes('integer') || types.includes('number')) {
    const value = raw.trim() === '' ? NaN : Number(raw)
    if (!Number.isFinite(value) || (types.includes('integer') && !types.includes('number') && !Number.isInteger(value))) {
      throw new UsageError(`--${flag} must be ${types.includes('number') ? 'a number' : 'an integer'}, got "${raw}"`)
    }
    return value
  }
  if (schema.enum && !schema.enum.includes(raw)) {
    throw new UsageError(`--${flag} must be one of ${schema.enum.filter((v) => v !== null).join(', ')}, got "${raw}"${didYouMean(raw, schema.enum.filter((v): v is string => typeof v === 'string'))}`)
  }
  return raw
}

/** parseArgs' own messages, as usage errors that suggest the flag that was meant. */
function parseFailure(error: unknown, options: ParseOptions): UsageError {
  const message = error instanceof Error ? error.message : String(error)
  const unknown = /^Unknown option '(-{1,2})([^']+)'/.exec(message)
  if (unknown) return new UsageError(`unknown flag ${unknown[1]}${unknown[2]}${didYouMean(unknown[2]!, Object.keys(options), '--')}`)
  return new UsageError(message.split('\n')[0]!.replace(/\. To specify.*$/, ''))
}

export interface Parsed {
  flags: GlobalFlags
  positionals: string[]
  /** Property values given as flags (before `--data` is read and merged). */
  values: Record<string, unknown>
}

/** A command's arguments (everything after `<provider> <command>`): global flags, property flags, positionals. */
export function parseCommandArgs(command: Command | undefined, args: readonly string[]): Parsed {
  const options = optionsOf(command)
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true })
  } catch (error) {
    throw parseFailure(error, options)
  }
  const flags: Record<string, unknown> = {}
  const values: Record<string, unknown> = {}
  for (const [name, raw] of Object.entries(parsed.values)) {
    if (raw === undefined) continue
    if (name in GLOBAL_FLAGS) {
      flags[name] = raw
      continue
    }
    const negated = name.startsWith('no-') && !command!.flags.has(name) ? name.slice(3) : undefined
    const flag = negated ?? name
    const property = command!.flags.get(flag)!
    const schema = command!.tool.inputSchema.properties[property]!
    if (property in values) throw new UsageError(`--${flag} and --no-${flag} are both given`)
    // `--no-x`: false for a boolean, null for a nullable field ("clear it").
    values[property] = negated !== undefined ? (typesOf(schema).includes('boolean') ? false : null) : convert(flag, schema, raw as string)
  }
  return { flags: flags as GlobalFlags, positionals: parsed.positionals, values }
}

/**
 * The command's input: `--data` (already read) under the flags, path parameters from the
 * positionals; checked against the input schema, so bad input never reaches the wire.
 */
export function buildInput(command: Command, parsed: Parsed, data: Record<string, unknown> | undefined): Record<string, unknown> {
  const [given, extra] = [parsed.positionals.slice(0, command.path.length), parsed.positionals.slice(command.path.length)]
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"${command.path.length ? ` (${command.name} takes ${command.path.map((p) => `<${p}>`).join(' ')})` : ` (${command.name} takes no positional arguments)`}`)
  const input: Record<string, unknown> = { ...data, ...parsed.values }
  command.path.forEach((name, i) => {
    if (given[i] !== undefined) input[name] = given[i]
  })
  const missing = command.path.filter((name) => input[name] === undefined)
  if (missing.length) throw new UsageError(`missing ${missing.map((p) => `<${p}>`).join(' ')}: usage: affiliate-fetch ${command.provider} ${command.name} ${command.path.map((p) => `<${p}>`).join(' ')}`)
  const problem = validate(command.tool.inputSchema, input)
  // The validator names properties; people typed flags.
  if (problem !== undefined) throw new UsageError(problem.replace(/"([A-Za-z_]\w*)"/, (whole, p: string) => (command.flags.get(kebab(p)) === p ? `--${kebab(p)}` : whole)))
  return input
}
