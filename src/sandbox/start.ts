import { createSandbox } from './create.ts'
import { serveHttp } from './http-door.ts'
import type { Sandbox, SandboxOptions } from './types.ts'

/**
 * Starts the sandbox on a loopback HTTP server (Node, Deno and Bun, through their `node:http`):
 * the handler of `createSandbox`, behind a second door. `fetch` on the result reaches the same
 * state in process.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const sandbox = createSandbox(options)
  const server = await serveHttp(sandbox.handler, options.host ?? '127.0.0.1', options.port ?? 0)
  return {
    ...sandbox,
    url: server.url,
    agentrefUrl: `${server.url}/agentref/api/v1`,
    agentclickUrl: `${server.url}/agentclick/api/mcp.php`,
    agentriesUrl: `${server.url}/agentries`,
    port: server.port,
    close: async () => {
      await sandbox.close()
      await server.close()
    },
  }
}
