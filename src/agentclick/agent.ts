import type { CallOptions } from '../core/request.ts'
import { callAction } from './call.ts'
import type { AgentClickClient } from './client.ts'
import type {
  AgentClickProgram,
  Catalog,
  CategoryCount,
  ListOf,
  ProgramIdParams,
  RecommendParams,
  RecordConversionParams,
  TrackClickParams,
  TrackedClick,
  Undocumented,
} from './types.ts'

type Options = CallOptions
type C = AgentClickClient

/**
 * Recommends programs for a use case (agent role).
 * `agent.recommend` (`limit` default 5, max 20)
 */
export const recommendPrograms = (client: C, params?: RecommendParams, options?: Options): Promise<ListOf<'programs', AgentClickProgram>> =>
  callAction(client, 'agent.recommend', params, options)

/**
 * Gets a program's public details and creatives (agent role).
 * `agent.program_detail`
 */
export const getAgentProgram = (client: C, params: ProgramIdParams, options?: Options): Promise<AgentClickProgram> =>
  callAction(client, 'agent.program_detail', params, options)

/**
 * Records a click on a partnership and returns the tracking URL to send the user to.
 * `agent.track_click` (WRITE, never retried)
 *
 * @example Track a click from a chatbot and get the link to show
 * ```ts
 * import { createAgentClick, listPartnerships, trackClick } from 'affiliate-fetch/agentclick'
 *
 * const agentclick = createAgentClick() // reads AGENTCLICK_API_KEY
 * const { partnerships } = await listPartnerships(agentclick, { status: 'approved' })
 * const partnership = partnerships[0]
 * if (!partnership) throw new Error('no approved partnership yet')
 * const click = await trackClick(agentclick, { partnership_id: partnership.partnership_id, context: 'chatbot' })
 * console.log(click.tracking_url)
 * ```
 */
export const trackClick = (client: C, params: TrackClickParams, options?: Options): Promise<TrackedClick> =>
  callAction(client, 'agent.track_click', params, options)

/**
 * Records a conversion (revenue) for a tracking code.
 * `agent.record_conversion` (WRITE): retried only when `order_id` is given, since the server dedups on it.
 *
 * @example Record an order on an approved partnership
 * ```ts
 * import { createAgentClick, listPartnerships, recordConversion } from 'affiliate-fetch/agentclick'
 *
 * const agentclick = createAgentClick() // reads AGENTCLICK_API_KEY
 * const { partnerships } = await listPartnerships(agentclick, { status: 'approved' })
 * const partnership = partnerships[0]
 * if (!partnership) throw new Error('no approved partnership yet')
 * // The order id makes a repeat a 409 on the server, so the call is safe to retry.
 * const recorded = await recordConversion(agentclick, { tracking_code: partnership.tracking_code, order_id: crypto.randomUUID(), amount: 4980 })
 * console.log(recorded) // the payload is not documented
 * ```
 */
export const recordConversion = (client: C, params: RecordConversionParams, options?: Options): Promise<Undocumented | undefined> =>
  callAction(client, 'agent.record_conversion', params, options)

/**
 * Gets the whole public program catalogue in light form.
 * `agent.catalog`: the docs show both `{ programs: [...] }` and a bare array, so both are typed.
 */
export const getCatalog = (client: C, options?: Options): Promise<Catalog> => callAction(client, 'agent.catalog', undefined, options)

/**
 * Lists categories with their program counts (agent role).
 * `agent.categories`: categories with a program count each (count field name not documented).
 */
export const listCategoryCounts = (client: C, options?: Options): Promise<ListOf<'categories', CategoryCount>> =>
  callAction(client, 'agent.categories', undefined, options)
