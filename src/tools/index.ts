/**
 * affiliate-fetch/tools: every operation of the three APIs as a tool an LLM can call, with JSON
 * Schema 2020-12 input and output schemas. `createToolRunner` runs a model's tool calls safely
 * (read-only unless allowed, arguments checked before anything is sent, never throws);
 * `toOpenAITools` and `toAnthropicTools` give those APIs' plain JSON tool shapes.
 *
 * @example Run a model's tool call against the sandbox
 * ```ts
 * import { createAgentRef } from 'affiliate-fetch/agentref'
 * import { createSandbox } from 'affiliate-fetch/sandbox'
 * import { createToolRunner, toOpenAITools } from 'affiliate-fetch/tools'
 *
 * const sandbox = createSandbox()
 * const agentref = createAgentRef({ apiKey: sandbox.keys.agentref.merchant, fetch: sandbox.fetch })
 * const runner = createToolRunner({ agentref }) // read tools only
 * console.log(toOpenAITools(runner.tools).length) // pass as `tools` to chat.completions.create
 * const outcome = await runner.run('agentref_list_programs', '{"status":"active","pageSize":1}')
 * console.log(outcome.ok ? outcome.result : outcome.error)
 * await sandbox.close()
 * ```
 *
 * @module
 */
export { tools } from './tools.ts'
export { createToolRunner } from './runner/create-tool-runner.ts'
export { toOpenAITools, toAnthropicTools, type OpenAITool, type AnthropicTool } from './adapters.ts'
export type { Tool, ToolAccess, ToolInputSchema, ToolOutputSchema, JsonSchema, JsonType, ToolRunner, ToolRunnerOptions, RunOptions, ToolResult, ToolError } from './types.ts'
