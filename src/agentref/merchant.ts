import { path } from '../core/path.ts'
import type { CallOptions } from '../core/request.ts'
import { get, post, send, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type {
  CompleteOnboardingResponse,
  Merchant,
  NotificationPreferences,
  OnboardingMerchantProfile,
  PayoutInfo,
  ProgramTrackingStatus,
} from './types.ts'

export interface UpdateMerchantParams {
  companyName?: string
  /** @format uri */
  logoUrl?: string
  timezone?: string
  /** @minimum 0 */
  defaultCookieDuration?: number
  /** @minimum 0 */
  defaultPayoutThreshold?: number
  trackingRequiresConsent?: boolean
  trackingParamAliases?: string[]
}

export type UpdateNotificationPreferencesParams = Partial<NotificationPreferences>

/** Any `PayoutInfo` field, as a value (the response's nulls mean "not set"). */
export type UpdatePayoutInfoParams = { [K in keyof PayoutInfo]?: NonNullable<PayoutInfo[K]> }

export interface UpsertMerchantProfileParams {
  companyName: string
}

/**
 * Gets the merchant account.
 * GET /merchant
 */
export const getMerchant = (client: AgentRefClient, options?: CallOptions): Promise<Merchant> =>
  get(client, '/merchant', undefined, options)

/**
 * Updates the merchant account's settings.
 * PATCH /merchant
 */
export const updateMerchant = (client: AgentRefClient, params: UpdateMerchantParams, options?: CallOptions): Promise<Merchant> =>
  send(client, 'PATCH', '/merchant', params, options)

/**
 * Gets the merchant's email notification preferences.
 * GET /merchant/notifications
 */
export const getNotificationPreferences = (client: AgentRefClient, options?: CallOptions): Promise<NotificationPreferences> =>
  get(client, '/merchant/notifications', undefined, options)

/**
 * Sets the merchant's email notification preferences.
 * PUT /merchant/notifications
 */
export const updateNotificationPreferences = (
  client: AgentRefClient,
  params: UpdateNotificationPreferencesParams,
  options?: CallOptions,
): Promise<NotificationPreferences> => send(client, 'PUT', '/merchant/notifications', params, options)

/**
 * Gets the affiliate's payout details (method, PayPal, bank, address).
 * GET /me/payout-info (affiliate key)
 */
export const getPayoutInfo = (client: AgentRefClient, options?: CallOptions): Promise<PayoutInfo> =>
  get(client, '/me/payout-info', undefined, options)

/**
 * Updates the affiliate's payout details.
 * PATCH /me/payout-info (affiliate key)
 */
export const updatePayoutInfo = (client: AgentRefClient, params: UpdatePayoutInfoParams, options?: CallOptions): Promise<PayoutInfo> =>
  send(client, 'PATCH', '/me/payout-info', params, options)

/**
 * Creates or updates the merchant profile during onboarding.
 * POST /onboarding/merchant
 */
export const upsertMerchantProfile = (client: AgentRefClient, params: UpsertMerchantProfileParams, options?: PostOptions): Promise<OnboardingMerchantProfile> =>
  post(client, '/onboarding/merchant', params, options, false)

/**
 * Marks merchant onboarding complete.
 * POST /onboarding/complete (no body)
 */
export const completeOnboarding = (client: AgentRefClient, options?: PostOptions): Promise<CompleteOnboardingResponse> =>
  post(client, '/onboarding/complete', undefined, options, false)

/**
 * Gets a program's tracking setup status (script installed, conversions seen).
 * GET /programs/{programId}/tracking/status
 */
export const getTrackingStatus = (client: AgentRefClient, programId: string, options?: CallOptions): Promise<ProgramTrackingStatus> =>
  get(client, path`/programs/${programId}/tracking/status`, undefined, options)
