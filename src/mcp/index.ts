/**
 * affiliate-fetch/mcp: the tools of `affiliate-fetch/tools` served over the Model Context
 * Protocol. `createMcpServer` returns the SDK's `Server` for any transport (it needs the optional
 * peer dependency `@modelcontextprotocol/sdk`); the CLI `affiliate-fetch-mcp` serves it over stdio
 * (`--sandbox` starts a local sandbox and uses its demo keys, so it runs with no keys at all).
 *
 * @example Serve the AgentClick read tools and call one
 * ```ts
 * import { Client } from '@modelcontextprotocol/sdk/client/index.js'
 * import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js'
 * import { createAgentClick } from 'affiliate-fetch/agentclick'
 * import { createMcpServer } from 'affiliate-fetch/mcp'
 *
 * const server = createMcpServer({ agentclick: createAgentClick() }) // reads AGENTCLICK_API_KEY
 * const [clientSide, serverSide] = InMemoryTransport.createLinkedPair() // or a stdio or HTTP transport
 * await server.connect(serverSide)
 * const client = new Client({ name: 'example', version: '1.0.0' })
 * await client.connect(clientSide)
 * const result = await client.callTool({ name: 'agentclick_search_programs', arguments: { keyword: 'AI', per_page: 3 } })
 * console.log(result.isError ?? false, Object.keys(result.structuredContent ?? {})) // false [ 'programs', … ]
 * await client.close()
 * ```
 *
 * @module
 */
export { createMcpServer, type McpServerOptions } from './create-mcp-server.ts'
