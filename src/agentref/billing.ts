import type { CallOptions } from '../core/request.ts'
import { get, post, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type { BillingStatus, BillingTier, BookableBillingTierId } from './types.ts'

/** Body of {@link subscribeBilling}. */
export interface SubscribeBillingParams {
  /** The paid tier to subscribe to: `starter`, `growth` or `pro` (`free` cannot be booked). */
  tier: BookableBillingTierId
}

/**
 * Gets the merchant's billing tier and monthly revenue.
 * GET /billing
 */
export const getBilling = (client: AgentRefClient, options?: CallOptions): Promise<BillingStatus> =>
  get(client, '/billing', undefined, options)

/**
 * Lists the billing tiers with their prices and limits.
 * GET /billing/tiers
 */
export const listBillingTiers = (client: AgentRefClient, options?: CallOptions): Promise<BillingTier[]> =>
  get(client, '/billing/tiers', undefined, options)

/**
 * Subscribes the merchant to a paid billing tier.
 * POST /billing/subscribe (idempotent)
 */
export const subscribeBilling = (client: AgentRefClient, params: SubscribeBillingParams, options?: PostOptions): Promise<BillingStatus> =>
  post(client, '/billing/subscribe', params, options, true)
