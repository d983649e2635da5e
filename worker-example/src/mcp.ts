// POST /mcp: the affiliate-fetch tools over MCP Streamable HTTP, behind a bearer secret. Stateless:
// each request gets its own server, so it runs on any isolate.
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js'
import { createAgentClick } from 'affiliate-fetch/agentclick'
import { createAgentRef } from 'affiliate-fetch/agentref'
import { createAgentries } from 'affiliate-fetch/agentries'
import { createMcpServer } from 'affiliate-fetch/mcp'
import type { ToolAccess } from 'affiliate-fetch/tools'

export interface McpEnv {
  /** The bearer secret MCP clients must send (`wrangler secret put MCP_BEARER_SECRET`); without it /mcp is off. */
  MCP_BEARER_SECRET?: string
  /** Access classes served, comma-separated (default `read`), e.g. `read,write`. */
  MCP_TOOLS?: string
  /** Optional: AgentRef tools are served only with a key. */
  AGENTREF_API_KEY?: string
  AGENTREF_BASE_URL?: string
  AGENTCLICK_API_KEY: string
  AGENTCLICK_BASE_URL?: string
  AGENTRIES_DID: string
  AGENTRIES_PRIVATE_KEY: string
  AGENTRIES_BASE_URL?: string
}

const encoder = new TextEncoder()

/** Constant-time comparison of the sent and the expected credential, as bytes. */
function sameSecret(sent: string, expected: string): boolean {
  const a = encoder.encode(sent)
  const b = encoder.encode(expected)
  let diff = a.length ^ b.length
  for (let i = 0; i < b.length; i++) diff |= (a[i] ?? 0) ^ b[i]!
  return diff === 0
}

const jsonRpcError = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ jsonrpc: '2.0', error: { code: -32001, message }, id: null }, { status, headers })

export async function handleMcp(request: Request, env: McpEnv): Promise<Response> {
  if (!env.MCP_BEARER_SECRET) return jsonRpcError(404, 'MCP is not enabled on this Worker')
  const sent = request.headers.get('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1] ?? ''
  if (!sameSecret(sent, env.MCP_BEARER_SECRET)) return jsonRpcError(401, 'Unauthorized', { 'www-authenticate': 'Bearer' })

  // Stateless: no standalone SSE stream (GET) and no session to end (DELETE).
  if (request.method !== 'POST') return new Response(null, { status: 405, headers: { allow: 'POST' } })

  const allow = (env.MCP_TOOLS ?? 'read').split(',').map((a) => a.trim()) as ToolAccess[]
  const server = createMcpServer({
    allow,
    ...(env.AGENTREF_API_KEY ? { agentref: createAgentRef({ apiKey: env.AGENTREF_API_KEY, baseUrl: env.AGENTREF_BASE_URL }) } : {}),
    agentclick: createAgentClick({ apiKey: env.AGENTCLICK_API_KEY, baseUrl: env.AGENTCLICK_BASE_URL }),
    agentries: createAgentries({ did: env.AGENTRIES_DID, privateKey: env.AGENTRIES_PRIVATE_KEY, baseUrl: env.AGENTRIES_BASE_URL }),
  })
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true })
  await server.connect(transport)
  return transport.handleRequest(request)
}
