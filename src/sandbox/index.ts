/**
 * affiliate-fetch/sandbox: a Node-only, dependency-free local emulator of the AgentRef,
 * AgentClick and Agentries APIs, for contract tests and demos.
 */
export { startSandbox } from './start.ts'
export { parseFaultSpec, type FaultRule, type FaultSpec } from './faults.ts'
export { AGENTREF_KEYS, AGENTCLICK_KEYS } from './keys.ts'
export { signWebhook, type WebhookDelivery, type DeliveryAttempt } from './agentref/webhooks.ts'
export type { RequestLogEntry } from './server.ts'
export type { RateWindow } from './shared/rate-limit.ts'
export type { Sandbox, SandboxOptions, SandboxKeys, SandboxCounts, AgentRefKeys, AgentClickKeys } from './types.ts'
export type { SandboxAgent } from './agentries/state.ts'
export type { ConversionInput } from './agentref/ops.ts'
