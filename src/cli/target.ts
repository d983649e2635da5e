// Barrel imports on purpose: the build keeps them as imports of the package's own entry points.
import { createAgentClick } from '../agentclick/index.ts'
import { createAgentRef, debugLog } from '../agentref/index.ts'
import { createAgentries } from '../agentries/index.ts'
import type { Provider } from '../core/errors/affiliate-error.ts'
import type { Hooks } from '../core/hooks.ts'
import type { Client, FetchLike } from '../core/types.ts'
import type { Command } from './command-table.ts'
import type { CliIo } from './io.ts'
import { CredentialMissing, UsageError } from './usage-error.ts'

/** Where a command's calls go, and what to keep out of every line printed. */
export interface Target {
  client: Client
  /** The base URL, or `sandbox`. */
  where: string
  /** With `--sandbox`, the AgentRef key used (`merchant` or `affiliate`). */
  sandboxKey?: 'merchant' | 'affiliate'
  /** Every secret in play (credentials, signing keys): no run of any is printed. */
  secrets: string[]
  /** Requests that reached `fetch` so far: 0 means nothing was sent. */
  sent(): number
  close(): Promise<void>
}

/** The environment variables that hold each provider's credential (section 2 of the contract). */
export const CREDENTIAL_VARS: Record<Provider, readonly string[]> = {
  agentref: ['AGENTREF_API_KEY'],
  agentclick: ['AGENTCLICK_API_KEY'],
  agentries: ['AGENTRIES_TOKEN', 'AGENTRIES_PRIVATE_KEY'],
}
export const BASE_URL_VARS: Record<Provider, string> = { agentref: 'AGENTREF_BASE_URL', agentclick: 'AGENTCLICK_BASE_URL', agentries: 'AGENTRIES_BASE_URL' }

const value = (env: CliIo['env'], name: string): string | undefined => env[name]?.trim() || undefined

/** The provider's credential options from the environment, or `undefined` when it has none. */
function credentialOf(provider: Provider, env: CliIo['env']): Record<string, string> | undefined {
  if (provider === 'agentref') return value(env, 'AGENTREF_API_KEY') ? { apiKey: value(env, 'AGENTREF_API_KEY')! } : undefined
  if (provider === 'agentclick') return value(env, 'AGENTCLICK_API_KEY') ? { apiKey: value(env, 'AGENTCLICK_API_KEY')! } : undefined
  if (value(env, 'AGENTRIES_TOKEN')) return { token: value(env, 'AGENTRIES_TOKEN')! }
  const [did, privateKey] = [value(env, 'AGENTRIES_DID'), value(env, 'AGENTRIES_PRIVATE_KEY')]
  return did && privateKey ? { did, privateKey } : undefined
}

export const hasCredential = (provider: Provider, env: CliIo['env']): boolean => credentialOf(provider, env) !== undefined

const missingMessage = (provider: Provider): string =>
  provider === 'agentries'
    ? 'no Agentries credential: set AGENTRIES_TOKEN, or AGENTRIES_DID with AGENTRIES_PRIVATE_KEY (or try --sandbox)'
    : `no ${provider === 'agentref' ? 'AgentRef' : 'AgentClick'} credential: set ${CREDENTIAL_VARS[provider][0]} (or try --sandbox)`

/** The secret parts of a credential (a DID is public). */
const secretsOf = (credential: Record<string, string>): string[] => Object.entries(credential).filter(([k]) => k !== 'did').map(([, v]) => v)

/**
 * A client, or the reason there is none: a credential of the wrong form is a credential problem
 * (exit 4); a bad `*_BASE_URL` is bad input (exit 2). Nothing is sent either way.
 */
function create(provider: Provider, options: Record<string, unknown>): Client {
  try {
    return provider === 'agentref' ? createAgentRef(options) : provider === 'agentclick' ? createAgentClick(options) : createAgentries(options)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw /baseUrl/.test(message) ? new UsageError(`${BASE_URL_VARS[provider]}: ${message}`) : new CredentialMissing(message)
  }
}

export interface TargetOptions {
  sandbox?: boolean | undefined
  verbose?: boolean | undefined
  /** Capture instead of sending (`--dry-run`): the fetch every request reaches. */
  fetch?: FetchLike | undefined
  /** Wraps the fetch the client would use (`--record`): the sandbox's, or the global one. */
  wrap?: ((fetch: FetchLike) => FetchLike) | undefined
  /** A placeholder credential is fine, and no token is minted (`--dry-run` sends nothing). */
  placeholder?: boolean
  /** More client options (`maxRetries: 0` for a dry run). */
  client?: Record<string, unknown>
}

/**
 * The client for a command: from the environment (credentials and `*_BASE_URL` only, never a
 * flag), or a fresh in-process sandbox with its demo keys (`--sandbox`).
 */
export async function targetFor(provider: Provider, command: Command | undefined, io: CliIo, options: TargetOptions): Promise<Target> {
  let sent = 0
  const hooks: Hooks | undefined = options.verbose ? debugLog((line) => void io.stderr.write(`${line}\n`)) : undefined
  const counted = (fetch: FetchLike): FetchLike => (input, init) => {
    sent++
    return fetch(input, init)
  }
  const wrap = options.wrap ?? ((fetch: FetchLike) => fetch)
  const common = { ...(hooks ? { hooks } : {}), ...options.client }
  if (options.sandbox) {
    const { createSandbox } = await import('../sandbox/index.ts')
    const sandbox = createSandbox()
    const keys = sandbox.keys
    // AgentRef's affiliate calls need its affiliate key; everything else the merchant (or agent) key.
    const sandboxKey = provider !== 'agentref' ? undefined : command?.tool.description.includes('Needs an affiliate key.') ? 'affiliate' : 'merchant'
    const credential: Record<string, string> =
      sandboxKey ? { apiKey: keys.agentref[sandboxKey] } : provider === 'agentclick' ? { apiKey: keys.agentclick.agent } : { did: keys.agentries.did, privateKey: keys.agentries.privateKey }
    // A dry run shows the operation's own request, not the token mint before it.
    const used = options.placeholder && provider === 'agentries' ? { token: sandbox.mintAgentriesToken() } : credential
    const client = create(provider, { ...used, ...common, fetch: counted(options.fetch ?? wrap(sandbox.fetch)) })
    return { client, where: 'sandbox', ...(sandboxKey ? { sandboxKey } : {}), secrets: [...secretsOf(credential), ...secretsOf(used)], sent: () => sent, close: () => sandbox.close() }
  }
  let credential = credentialOf(provider, io.env)
  if (!credential) {
    if (!options.placeholder) throw new CredentialMissing(missingMessage(provider))
    credential = provider === 'agentries' ? { token: 'placeholder.token.value' } : { apiKey: provider === 'agentclick' ? `aa_${'0'.repeat(48)}` : 'ak_live_placeholder' }
  }
  const secrets = secretsOf(credential)
  if (options.placeholder && credential.did) credential = { token: 'dry-run.token.placeholder' }
  const baseUrl = value(io.env, BASE_URL_VARS[provider])
  const client = create(provider, { ...credential, ...common, ...(baseUrl ? { baseUrl } : {}), fetch: counted(options.fetch ?? wrap((input, init) => fetch(input, init))) })
  return { client, where: client.baseUrl, secrets, sent: () => sent, close: async () => {} }
}

