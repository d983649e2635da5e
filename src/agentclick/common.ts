import type { CallOptions } from '../core/request.js'
import { callAction } from './call.js'
import type { AgentClickClient } from './client.js'
import type { Category, HealthStatus } from './types.js'

type Options = CallOptions
type Data = Record<string, unknown>

/** `health`: the only action that needs no key (sent without Authorization). */
export const checkHealth = (client: AgentClickClient, options?: Options): Promise<HealthStatus> =>
  callAction(client, 'health', undefined, options)

/** `common.categories`: the category filter values for program search. */
export const listCategories = (client: AgentClickClient, options?: Options): Promise<{ categories: Category[] } & Data> =>
  callAction(client, 'common.categories', undefined, options)

/** `common.stats`: platform counts (field names not documented). */
export const getPlatformStats = (client: AgentClickClient, options?: Options): Promise<Data> =>
  callAction(client, 'common.stats', undefined, options)

/** `common.profile`: the calling user's profile (field names not documented). */
export const getProfile = (client: AgentClickClient, options?: Options): Promise<Data> =>
  callAction(client, 'common.profile', undefined, options)

/** `common.api_key_info`: usage of the calling key (field names not documented). */
export const getApiKeyInfo = (client: AgentClickClient, options?: Options): Promise<Data> =>
  callAction(client, 'common.api_key_info', undefined, options)
