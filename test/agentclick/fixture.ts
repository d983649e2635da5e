import { afterAll, beforeAll, beforeEach } from 'vitest'
import { createAgentClick, type AgentClickClient, type AgentClickOptions } from '../../src/agentclick/index.js'
import { startRecordServer, type RecordServer } from '../helpers/record-server.js'

export const KEY = `aa_${'0123456789abcdef'.repeat(3)}`

/** A loopback server that answers every action with `{success: true, data}`, reset before each test. */
export function useServer(): { server: () => RecordServer; client: (options?: AgentClickOptions) => AgentClickClient } {
  let server: RecordServer
  beforeAll(async () => {
    server = await startRecordServer()
  })
  afterAll(() => server.close())
  beforeEach(() => {
    server.requests.length = 0
    server.handle(() => ({ body: { success: true, message: 'OK', data: { ok: true } } }))
  })
  return {
    server: () => server,
    client: (options) => createAgentClick({ apiKey: KEY, baseUrl: `${server.url}/api/mcp.php`, ...options }),
  }
}
