#!/usr/bin/env node
// affiliate-fetch-mcp: the tools over MCP on stdio. Stdout carries MCP messages only; everything
// else goes to stderr.
import { parseArgs } from 'node:util'
// Barrel imports on purpose: the build keeps them as imports of the package's own entry points.
import { createAgentClick } from '../agentclick/index.ts'
import { createAgentRef } from '../agentref/index.ts'
import { createAgentries } from '../agentries/index.ts'
import type { ToolRunnerOptions } from '../tools/index.ts'
import { parseToolsFlag } from './parse-tools-flag.ts'

const HELP = `affiliate-fetch-mcp: AgentRef, AgentClick and Agentries as MCP tools over stdio

Usage: affiliate-fetch-mcp [--tools read,write,money,destructive | all] [--sandbox]

  --tools LIST  access classes whose tools are served (default read)
  --sandbox     start a fresh local sandbox and use its demo keys (no real keys needed)
  --help        this text

Credentials come from AGENTREF_API_KEY, AGENTCLICK_API_KEY and AGENTRIES_TOKEN (or AGENTRIES_DID
with AGENTRIES_PRIVATE_KEY); a provider without one is left out. AGENTREF_BASE_URL,
AGENTCLICK_BASE_URL and AGENTRIES_BASE_URL point a provider elsewhere.`

const log = (text: string) => process.stderr.write(`affiliate-fetch-mcp: ${text}\n`)

/** Clients for the providers whose credentials are in the environment. */
function clientsFromEnv(env: NodeJS.ProcessEnv): ToolRunnerOptions {
  const base = (name: string) => (env[name] ? { baseUrl: env[name] } : {})
  return {
    ...(env.AGENTREF_API_KEY ? { agentref: createAgentRef(base('AGENTREF_BASE_URL')) } : {}),
    ...(env.AGENTCLICK_API_KEY ? { agentclick: createAgentClick(base('AGENTCLICK_BASE_URL')) } : {}),
    ...(env.AGENTRIES_TOKEN || (env.AGENTRIES_DID && env.AGENTRIES_PRIVATE_KEY) ? { agentries: createAgentries(base('AGENTRIES_BASE_URL')) } : {}),
  }
}

/** The MCP parts, loaded late so that a missing optional peer dependency gets a clear message. */
async function loadMcp() {
  try {
    const [{ createMcpServer }, { StdioServerTransport }] = await Promise.all([import('./index.ts'), import('@modelcontextprotocol/sdk/server/stdio.js')])
    return { createMcpServer, StdioServerTransport }
  } catch (error) {
    const missing = error instanceof Error && /@modelcontextprotocol\/sdk/.test(error.message)
    if (!missing) throw error
    throw new Error('needs @modelcontextprotocol/sdk, an optional peer dependency: npm install @modelcontextprotocol/sdk')
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { tools: { type: 'string' }, sandbox: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  })
  if (values.help) {
    process.stderr.write(`${HELP}\n`)
    return
  }
  const allow = parseToolsFlag(values.tools)
  let clients: ToolRunnerOptions
  let close = async () => {}
  if (values.sandbox) {
    const { startSandbox } = await import('../sandbox/index.ts')
    const sandbox = await startSandbox()
    close = () => sandbox.close()
    const { agentref, agentclick, agentries } = sandbox.keys
    clients = {
      agentref: createAgentRef({ apiKey: agentref.merchant, baseUrl: sandbox.agentrefUrl }),
      agentclick: createAgentClick({ apiKey: agentclick.agent, baseUrl: sandbox.agentclickUrl }),
      agentries: createAgentries({ did: agentries.did, privateKey: agentries.privateKey, baseUrl: sandbox.agentriesUrl }),
    }
    log(`--sandbox: serving a fresh local sandbox at ${sandbox.url} with its demo keys (AgentRef merchant, AgentClick agent, Agentries agent); nothing real is called`)
  } else {
    clients = clientsFromEnv(process.env)
    const missing = ['agentref', 'agentclick', 'agentries'].filter((p) => !(p in clients))
    if (missing.length === 3) log('no credentials in the environment: no tools are served (try --sandbox)')
    else if (missing.length) log(`no credentials for ${missing.join(', ')}: their tools are left out`)
  }
  const { createMcpServer, StdioServerTransport } = await loadMcp()
  const server = createMcpServer({ ...clients, allow })
  const transport = new StdioServerTransport()
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    await server.close().catch(() => {})
    await close()
    process.exit(0)
  }
  server.onclose = () => void stop()
  process.stdin.once('end', () => void stop())
  process.once('SIGINT', () => void stop())
  process.once('SIGTERM', () => void stop())
  await server.connect(transport)
  log(`serving ${allow.join(', ')} tools over stdio`)
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
