import type { Tool, ToolInputSchema } from './types.ts'

/** An OpenAI function tool (Chat Completions `tools` entry). */
export interface OpenAITool {
  /** Always `function`. */
  type: 'function'
  /** The tool's name, description and input schema as `parameters`. */
  function: { name: string; description: string; parameters: ToolInputSchema }
}

/** An Anthropic Messages API tool. */
export interface AnthropicTool {
  /** The tool's name. */
  name: string
  /** The tool's description. */
  description: string
  /** The tool's input schema. */
  input_schema: ToolInputSchema
}

/** Tools as OpenAI Chat Completions `tools` (plain JSON, no SDK needed). */
export function toOpenAITools(tools: readonly Tool[]): OpenAITool[] {
  return tools.map((t) => ({ type: 'function', function: { name: t.name, description: t.description, parameters: t.inputSchema } }))
}

/** Tools as Anthropic Messages API `tools` (plain JSON, no SDK needed). */
export function toAnthropicTools(tools: readonly Tool[]): AnthropicTool[] {
  return tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.inputSchema }))
}
