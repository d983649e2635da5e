import type { CallOptions } from '../core/request.ts'
import { callAction } from './call.ts'
import type { AgentClickClient } from './client.ts'
import type { Category, HealthStatus, Undocumented } from './types.ts'

type Options = CallOptions


/**
 * Checks that the API is up; needs no key.
 * `health`: the only action that needs no key (sent without Authorization).
 */
export const checkHealth = (client: AgentClickClient, options?: Options): Promise<HealthStatus> =>
  callAction(client, 'health', undefined, options)

/**
 * Lists the program categories (the search filter values).
 * `common.categories`: the category filter values for program search.
 */
export const listCategories = (client: AgentClickClient, options?: Options): Promise<{ categories: Category[] } & Undocumented> =>
  callAction(client, 'common.categories', undefined, options)

/**
 * Gets platform-wide counts.
 * `common.stats`: platform counts (field names not documented).
 */
export const getPlatformStats = (client: AgentClickClient, options?: Options): Promise<Undocumented> =>
  callAction(client, 'common.stats', undefined, options)

/**
 * Gets the calling user's profile.
 * `common.profile`: the calling user's profile (field names not documented).
 */
export const getProfile = (client: AgentClickClient, options?: Options): Promise<Undocumented> =>
  callAction(client, 'common.profile', undefined, options)

/**
 * Gets the calling key's usage and allowed actions.
 * `common.api_key_info`: usage of the calling key (field names not documented).
 */
export const getApiKeyInfo = (client: AgentClickClient, options?: Options): Promise<Undocumented> =>
  callAction(client, 'common.api_key_info', undefined, options)
