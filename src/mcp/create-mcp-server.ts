import { Server } from '@modelcontextprotocol/sdk/server/index.js'
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError, type CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { createToolRunner } from '../tools/runner/create-tool-runner.ts'
import { structuredResult } from '../tools/structured-result.ts'
import type { ToolRunnerOptions } from '../tools/types.ts'
import { toolAnnotations } from './tool-annotations.ts'
import { VERSION } from './version.ts'

/** The SDK's shape of a tool input or output schema: an object schema with any keywords. */
type McpObjectSchema = { type: 'object'; [keyword: string]: unknown }

/** Options of `createMcpServer`: those of `createToolRunner` (the clients and `allow`), plus the server's name. */
export interface McpServerOptions extends ToolRunnerOptions {
  /** The server name reported to clients. Default `affiliate-fetch`. */
  name?: string
}

/** A tool call's id, if the client sent one in `_meta.toolCallId`: AgentRef POSTs derive their idempotency key from it. */
function toolCallIdOf(meta: Record<string, unknown> | undefined): string | undefined {
  const id = meta?.toolCallId
  return typeof id === 'string' ? id : undefined
}

/** The runner's refusals of a name it does not serve, as the protocol error's message. */
const NOT_SERVED: Record<string, (tool: string) => string> = {
  UnknownTool: (tool) => `Unknown tool: ${tool}`,
  ToolNotAllowed: (tool) => `Tool ${tool} is not served here (its access class is not allowed, or its provider has no credential)`,
}

const text = (value: unknown): CallToolResult['content'] => [{ type: 'text', text: JSON.stringify(value, null, 2) ?? 'null' }]

/**
 * An MCP server (the SDK's low-level `Server`, raw JSON Schemas) exposing the runner's tools,
 * each with its output schema. A successful call returns `structuredContent` that conforms to it
 * (and the same JSON as text, for clients older than structured output); a failed tool call is
 * an MCP tool error (`isError: true`, no `structuredContent`), so a model can correct its
 * arguments. The one exception is the one the MCP spec names: a tool this server does not serve
 * is a JSON-RPC error `-32602`.
 *
 * @param options The clients whose tools it serves, `allow` (default `['read']`) and `name`.
 * @returns The SDK's `Server`, not yet connected: call `connect` with any transport.
 * @throws {TypeError} When `allow` names an unknown access class.
 */
export function createMcpServer(options: McpServerOptions = {}): Server {
  const { name = 'affiliate-fetch', ...runnerOptions } = options
  const runner = createToolRunner(runnerOptions)
  const server = new Server({ name, version: VERSION }, { capabilities: { tools: {} } })

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: runner.tools.map((t) => ({
      name: t.name,
      description: t.description,
      inputSchema: t.inputSchema as unknown as McpObjectSchema,
      outputSchema: t.outputSchema as unknown as McpObjectSchema,
      annotations: toolAnnotations(t.access),
    })),
  }))

  server.setRequestHandler(CallToolRequestSchema, async (request, extra): Promise<CallToolResult> => {
    const { name: tool, arguments: args, _meta } = request.params
    const outcome = await runner.run(tool, args, { toolCallId: toolCallIdOf(_meta), signal: extra.signal })
    const notServed = !outcome.ok && Object.hasOwn(NOT_SERVED, outcome.error.name) ? NOT_SERVED[outcome.error.name] : undefined
    if (notServed) throw new McpError(ErrorCode.InvalidParams, notServed(String(tool).slice(0, 80)))
    if (!outcome.ok) return { content: text({ error: outcome.error }), isError: true }
    const structuredContent = structuredResult(tool, outcome.result)
    return { content: text(structuredContent), structuredContent }
  })

  return server
}
