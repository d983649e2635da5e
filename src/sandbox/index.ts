/**
 * affiliate-fetch/sandbox: a dependency-free emulator of the AgentRef, AgentClick and Agentries
 * APIs, for contract tests and demos. `createSandbox` runs in process on every runtime;
 * `startSandbox` serves the same handler over HTTP on Node, Deno and Bun.
 *
 * @example Point a client at an in-process sandbox
 * ```ts
 * import { createAgentRef, listPrograms } from 'affiliate-fetch/agentref'
 * import { createSandbox } from 'affiliate-fetch/sandbox'
 *
 * const sandbox = createSandbox() // seed 1: seeded programs and demo keys
 * const agentref = createAgentRef({ apiKey: sandbox.keys.agentref.merchant, fetch: sandbox.fetch })
 * const { data } = await listPrograms(agentref, { status: 'active' })
 * console.log(data.map((program) => program.name), sandbox.counts().agentref.programs)
 * await sandbox.close()
 * ```
 *
 * @module
 */
export { createSandbox } from './create.ts'
export { startSandbox } from './start.ts'
export { parseFaultSpec, type FaultRule, type FaultSpec } from './faults.ts'
export { AGENTREF_KEYS, AGENTCLICK_KEYS } from './keys.ts'
export { signWebhook, type WebhookDelivery, type DeliveryAttempt } from './agentref/webhooks.ts'
export type { RequestLogEntry } from './handler.ts'
export type { RateWindow } from './shared/rate-limit.ts'
export type { Sandbox, SandboxOptions, CreateSandboxOptions, InProcessSandbox, SandboxKeys, SandboxCounts, AgentRefKeys, AgentClickKeys } from './types.ts'
export type { SandboxAgent } from './agentries/state.ts'
export type { ConversionInput } from './agentref/ops.ts'
export type * from './state-types.ts'
