export { tools } from './tools.ts'
export { createToolRunner } from './runner/create-tool-runner.ts'
export { toOpenAITools, toAnthropicTools, type OpenAITool, type AnthropicTool } from './adapters.ts'
export type { Tool, ToolAccess, ToolInputSchema, ToolOutputSchema, JsonSchema, JsonType, ToolRunner, ToolRunnerOptions, RunOptions, ToolResult, ToolError } from './types.ts'
