import type { CallOptions } from '../core/request.js'
import { callAction } from './call.js'
import type { AgentClickClient } from './client.js'
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
} from './types.js'

type Options = CallOptions
type C = AgentClickClient

/** `agent.recommend` (`limit` default 5, max 20) */
export const recommendPrograms = (client: C, params?: RecommendParams, options?: Options): Promise<ListOf<'programs', AgentClickProgram>> =>
  callAction(client, 'agent.recommend', params, options)

/** `agent.program_detail` */
export const getAgentProgram = (client: C, params: ProgramIdParams, options?: Options): Promise<Record<string, unknown>> =>
  callAction(client, 'agent.program_detail', params, options)

/** `agent.track_click` (WRITE, never retried) */
export const trackClick = (client: C, params: TrackClickParams, options?: Options): Promise<TrackedClick> =>
  callAction(client, 'agent.track_click', params, options)

/** `agent.record_conversion` (WRITE): retried only when `order_id` is given, since the server dedups on it. */
export const recordConversion = (client: C, params: RecordConversionParams, options?: Options): Promise<unknown> =>
  callAction(client, 'agent.record_conversion', params, options)

/** `agent.catalog`: the docs show both `{ programs: [...] }` and a bare array, so both are typed. */
export const getCatalog = (client: C, options?: Options): Promise<Catalog> => callAction(client, 'agent.catalog', undefined, options)

/** `agent.categories`: categories with a program count each (count field name not documented). */
export const listCategoryCounts = (client: C, options?: Options): Promise<ListOf<'categories', CategoryCount>> =>
  callAction(client, 'agent.categories', undefined, options)
