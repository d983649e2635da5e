import { jsonBody } from '../core/json-body.ts'
import { invalidResponse } from '../core/errors/invalid-response.ts'
import { ApiError } from '../core/errors/api-error.ts'
import { getCredential } from '../core/credential.ts'
import { invalid } from '../core/invalid.ts'
import { checkParams, type Params } from '../core/params.ts'
import { redactText } from '../core/redact.ts'
import { request, type CallOptions } from '../core/request.ts'
import type { AgentClickClient } from './client.ts'
import type { AgentClickAction } from './types.ts'

const R = 'read'
const W = 'write'

/**
 * The 24 documented actions: their rate-limit class (WRITE = the docs' badge) and required param.
 * WRITE actions are never retried, except `agent.record_conversion` with an `order_id`.
 */
const ACTIONS = {
  health: [R],
  'common.categories': [R],
  'common.stats': [R],
  'common.profile': [R],
  'common.api_key_info': [R],
  'publisher.programs_search': [R],
  'publisher.programs_detail': [R, 'program_id'],
  'publisher.partnerships_apply': [W, 'program_id'],
  'publisher.partnerships_cancel': [W, 'partnership_id'],
  'publisher.partnerships_list': [R],
  'publisher.links_generate': [R, 'partnership_id'],
  'publisher.selfback_list': [R],
  'publisher.selfback_apply': [W, 'program_id'],
  'publisher.report': [R],
  'publisher.earnings_summary': [R],
  'publisher.earnings_payouts': [R],
  'publisher.notifications_list': [R],
  'publisher.notifications_read': [W],
  'agent.recommend': [R],
  'agent.program_detail': [R, 'program_id'],
  'agent.track_click': [W, 'partnership_id'],
  'agent.record_conversion': [W, 'tracking_code'],
  'agent.catalog': [R],
  'agent.categories': [R],
} as const satisfies Record<AgentClickAction, readonly [typeof R | typeof W, string?]>

function spec(action: string): readonly [typeof R | typeof W, string?] {
  // An unknown action is treated as a WRITE: retrying a call of unknown effect could repeat it.
  return Object.prototype.hasOwnProperty.call(ACTIONS, action) ? ACTIONS[action as AgentClickAction] : [W]
}

function checkRequired(action: string, name: string | undefined, params: Params): void {
  if (name === undefined) return
  const value = params[name]
  const ok = name === 'tracking_code' ? typeof value === 'string' && /^[0-9a-f]{32}$/i.test(value) : Number.isInteger(value)
  if (!ok) {
    const want = name === 'tracking_code' ? 'a string of 32 hex characters' : 'an integer'
    throw invalid(`AgentClick ${action}: params.${name} is required and must be ${want}`, 'agentclick')
  }
}

/**
 * Calls any AgentClick action by name and returns its `data`. `params` is always sent as an
 * object (`{}` when none). `success: false` is an error even with HTTP 200.
 *
 * READ actions are retried; WRITE actions (and names not in {@link AgentClickAction}) are not,
 * except `agent.record_conversion` with an `order_id`. A documented action's required parameter
 * is checked before sending.
 *
 * @param client A client from `createAgentClick`.
 * @param action The action name, e.g. `publisher.programs_search`.
 * @param params The action's parameters (wire names, snake_case).
 * @param options Per-call options.
 * @returns The response's `data`, typed as `T` (unchecked); `undefined` when the body is empty.
 */
export async function callAction<T = unknown>(
  client: AgentClickClient,
  action: AgentClickAction | (string & {}),
  params?: object,
  options?: CallOptions,
): Promise<T> {
  if (typeof action !== 'string' || action === '') throw invalid('AgentClick: action must be a non-empty string', 'agentclick')
  const body = { ...checkParams(params, 'agentclick') } as Params
  const [kind, required] = spec(action)
  checkRequired(action, required, body)
  const repeatable = kind === R || (action === 'agent.record_conversion' && body.order_id != null && body.order_id !== '')
  const read = (result: unknown, status: number) => unwrap(client, result, status)
  return request<T>(
    client,
    { method: 'POST', path: '', body: jsonBody({ action, params: body }), retry: repeatable, anonymous: action === 'health', bucket: kind, read, route: action },
    options,
  )
}

function unwrap(client: AgentClickClient, result: unknown, status: number): unknown {
  if (result === undefined) return undefined
  if (!result || typeof result !== 'object' || Array.isArray(result)) {
    throw invalidResponse('agentclick', status, 'not an envelope object')
  }
  const envelope = result as { success?: unknown; message?: unknown; data?: unknown }
  if (envelope.success === false) {
    const message = typeof envelope.message === 'string' && envelope.message ? envelope.message : 'success: false'
    // Error statuses were already mapped by the core; this is a 2xx saying it failed.
    throw new ApiError(redactText(`agentclick ${status}: ${message}`, getCredential(client)), { provider: 'agentclick', status })
  }
  return envelope.data
}
