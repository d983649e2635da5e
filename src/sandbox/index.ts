/**
 * affiliate-fetch/sandbox: a dependency-free emulator of the AgentRef, AgentClick and Agentries
 * APIs, for contract tests and demos. `createSandbox` runs in process on every runtime;
 * `startSandbox` serves the same handler over HTTP on Node, Deno and Bun.
 */
export { createSandbox } from './create.js'
export { startSandbox } from './start.js'
export { parseFaultSpec, type FaultRule, type FaultSpec } from './faults.js'
export { AGENTREF_KEYS, AGENTCLICK_KEYS } from './keys.js'
export { signWebhook, type WebhookDelivery, type DeliveryAttempt } from './agentref/webhooks.js'
export type { RequestLogEntry } from './handler.js'
export type { RateWindow } from './shared/rate-limit.js'
export type { Sandbox, SandboxOptions, CreateSandboxOptions, InProcessSandbox, SandboxKeys, SandboxCounts, AgentRefKeys, AgentClickKeys } from './types.js'
export type { SandboxAgent } from './agentries/state.js'
export type { ConversionInput } from './agentref/ops.js'
