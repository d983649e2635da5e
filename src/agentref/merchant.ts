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

/** Body of {@link updateMerchant}: only the fields given change (a PATCH). */
export interface UpdateMerchantParams {
  /** The merchant's company name. */
  companyName?: string
  /** The company logo, a URL. @format uri */
  logoUrl?: string
  /** The merchant's timezone, e.g. `America/New_York` (the docs' example; format not documented). */
  timezone?: string
  /** Default cookie lifetime for programs, presumably in days like a program's `cookieDuration`; not documented. @minimum 0 */
  defaultCookieDuration?: number
  /** Default payout threshold for programs; unit not documented (the reference's money amounts are cents). @minimum 0 */
  defaultPayoutThreshold?: number
  /** Meaning not documented; by its name, tracking waits for the visitor's consent. */
  trackingRequiresConsent?: boolean
  /** Meaning not documented; by its name, other URL parameter names that tracking reads as the referral parameter. */
  trackingParamAliases?: string[]
}

/**
 * Body of {@link updateNotificationPreferences}: any of the five email switches. Whether a switch
 * left out keeps its value (this is a PUT) is not documented.
 */
export type UpdateNotificationPreferencesParams = Partial<NotificationPreferences>

/** Any `PayoutInfo` field, as a value (the response's nulls mean "not set"). */
export type UpdatePayoutInfoParams = { [K in keyof PayoutInfo]?: NonNullable<PayoutInfo[K]> }

/** Body of {@link upsertMerchantProfile}. */
export interface UpsertMerchantProfileParams {
  /** The merchant's company name. */
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
