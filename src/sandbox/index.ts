/**
 * affiliate-fetch/sandbox: a Node-only, dependency-free local emulator of the AgentRef,
 * AgentClick and Agentries APIs, for contract tests and demos.
 */
export { startSandbox } from './start.js'
export { parseFaultSpec, type FaultRule, type FaultSpec } from './faults.js'
export { AGENTREF_KEYS, AGENTCLICK_KEYS } from './keys.js'
export { signWebhook, type WebhookDelivery, type DeliveryAttempt } from './agentref/webhooks.js'
export type { RequestLogEntry } from './server.js'
export type { RateWindow } from './shared/rate-limit.js'
export type { Sandbox, SandboxOptions, SandboxKeys, SandboxCounts, AgentRefKeys, AgentClickKeys } from './types.js'
export type { SandboxAgent } from './agentries/state.js'
export type { ConversionInput } from './agentref/ops.js'
