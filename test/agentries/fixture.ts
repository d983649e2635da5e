import crypto from 'node:crypto'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { createAgentries, type AgentriesClient, type AgentriesOptions } from '../../src/agentries/index.js'
import { startRecordServer, type Handler, type Recorded, type RecordServer } from '../helpers/record-server.js'

export const SEED = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'
export const DID = 'did:web:agentries.xyz:agent:abc123'
export const STATIC = 'static.jwt.token'

/** Node's own Ed25519 verification, independent of the code under test. */
export function verifies(seedHex: string, message: string, signatureHex: string): boolean {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.from(seedHex, 'hex')])
  const publicKey = crypto.createPublicKey(crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }))
  return crypto.verify(null, Buffer.from(message, 'utf8'), publicKey, Buffer.from(signatureHex, 'hex'))
}

export interface Fixture {
  server: () => RecordServer
  /** Requests other than token mints. */
  calls: () => Recorded[]
  mints: () => Recorded[]
  /** How the token endpoint answers; default: a verified 24 h token `jwt-<n>`. */
  onMint: (handler: Handler) => void
  /** How every other endpoint answers; default `{ ok: true }`, or 401 for a token not minted last. */
  onCall: (handler: Handler) => void
  client: (options?: AgentriesOptions) => AgentriesClient
}

export function useServer(): Fixture {
  let server: RecordServer
  let mintHandler: Handler
  let callHandler: Handler
  let minted = 0
  const mint: Handler = (req) => {
    const { did, message, signature } = req.json as { did: string; message: { purpose: string; timestamp: number }; signature: string }
    const canonical = `{"purpose":"${message.purpose}","timestamp":${message.timestamp}}`
    if (did !== DID || !/^[0-9a-f]{128}$/.test(signature) || !verifies(SEED, canonical, signature)) {
      return { status: 401, body: { error: 'Invalid signature' } }
    }
    minted++
    return { body: { token: `jwt-${minted}`, expires_at: message.timestamp + 86_400_000, token_type: 'Bearer' } }
  }
  beforeAll(async () => {
    server = await startRecordServer((req) => (req.pathname === '/api/auth/token' ? mintHandler(req) : callHandler(req)))
  })
  afterAll(() => server.close())
  beforeEach(() => {
    server.requests.length = 0
    minted = 0
    mintHandler = mint
    callHandler = () => ({ body: { ok: true } })
  })
  return {
    server: () => server,
    calls: () => server.requests.filter((r) => r.pathname !== '/api/auth/token'),
    mints: () => server.requests.filter((r) => r.pathname === '/api/auth/token'),
    onMint: (handler) => (mintHandler = handler),
    onCall: (handler) => (callHandler = handler),
    client: (options = { token: STATIC }) => createAgentries({ baseUrl: server.url, ...options }),
  }
}
