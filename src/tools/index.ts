export { tools } from './tools.js'
export { createToolRunner } from './runner/create-tool-runner.js'
export { toOpenAITools, toAnthropicTools, type OpenAITool, type AnthropicTool } from './adapters.js'
export type { Tool, ToolAccess, ToolInputSchema, ToolOutputSchema, JsonSchema, JsonType, ToolRunner, ToolRunnerOptions, RunOptions, ToolResult, ToolError } from './types.js'
