import type { Provider } from '../core/errors/affiliate-error.ts'
import { toolInputs } from '../tools/generated/inputs.ts'
import { toolWire } from '../tools/generated/wire.ts'
import { tools } from '../tools/index.ts'
import type { JsonSchema, Tool, ToolAccess, ToolWire } from '../tools/types.ts'
import { kebab } from './case.ts'

export const PROVIDERS: readonly Provider[] = ['agentref', 'agentclick', 'agentries']

/** One command: an operation of the tool catalogue, as the shell sees it. */
export interface Command {
  provider: Provider
  /** The function's name in kebab-case: `list-programs`. */
  name: string
  tool: Tool
  wire: ToolWire
  /** Path parameters, positional, in the function's order. */
  path: readonly string[]
  params: 'none' | 'optional' | 'required'
  /** Whether it takes an `Idempotency-Key` (AgentRef POSTs). */
  idempotent: boolean
  /** Flag name (kebab-case) → input property, for every property that is not a path parameter. */
  flags: ReadonlyMap<string, string>
  /** How `--all` walks its pages, when it has pages. */
  pages: 'cursor' | 'page' | 'offset' | undefined
}

/** Which list walks pages, by the parameters its input takes (each provider's `paginate`). */
function pagesOf(provider: Provider, properties: Readonly<Record<string, JsonSchema>>): Command['pages'] {
  if (provider === 'agentref') return 'cursor' in properties ? 'cursor' : undefined
  if (provider === 'agentclick') return 'per_page' in properties ? 'page' : undefined
  return 'offset' in properties ? 'offset' : undefined
}

/** Every operation as a command, generated from the tools, their inputs and their wire facts. */
export const commands: readonly Command[] = tools.map((tool) => {
  const input = toolInputs[tool.name]!
  const wire = toolWire[tool.name]!
  const properties = tool.inputSchema.properties
  const flags = new Map(Object.keys(properties).filter((p) => !input.path.includes(p)).map((p) => [kebab(p), p]))
  return { provider: tool.provider, name: kebab(wire.function), tool, wire, path: input.path, params: input.params, idempotent: input.idempotent, flags, pages: pagesOf(tool.provider, properties) }
})

/** The commands of one provider. */
export const commandsOf = (provider: Provider): Command[] => commands.filter((c) => c.provider === provider)

/** `agentclick call-action`: any action by name, for what the catalogue does not cover yet. */
export const CALL_ACTION = 'call-action'
export const CALL_ACTION_ACCESS: ToolAccess = 'write'
export const CALL_ACTION_DESCRIPTION = 'Call any AgentClick action by name, with --data for its params.'
