import type { CallOptions } from '../core/request.ts'
import { callAction } from './call.ts'
import type { AgentClickClient } from './client.ts'
import type {
  AgentClickNotification,
  AgentClickPartnership,
  AgentClickPayout,
  AgentClickProgram,
  ListNotificationsParams,
  ListOf,
  ListPartnershipsParams,
  MarkNotificationsReadParams,
  PageParams,
  Partnership,
  PartnershipIdParams,
  ProgramIdParams,
  ReportParams,
  SearchProgramsParams,
  Undocumented,
} from './types.ts'

type Options = CallOptions

type C = AgentClickClient

/**
 * Searches programs by category, reward, keyword and more.
 * `publisher.programs_search` (paged: `page`, `per_page` max 50)
 *
 * @example Find the best-paying CPA programs
 * ```ts
 * import { createAgentClick, searchPrograms } from 'affiliate-fetch/agentclick'
 *
 * const agentclick = createAgentClick() // reads AGENTCLICK_API_KEY
 * const { programs } = await searchPrograms(agentclick, { reward_type: 'cpa', sort: 'reward_desc', per_page: 5 })
 * for (const program of programs) console.log(program.id, program.name)
 * ```
 */
export const searchPrograms = (client: C, params?: SearchProgramsParams, options?: Options): Promise<ListOf<'programs', AgentClickProgram>> =>
  callAction(client, 'publisher.programs_search', params, options)

/**
 * Gets one program's details and the caller's partnership status.
 * `publisher.programs_detail`
 */
export const getProgram = (client: C, params: ProgramIdParams, options?: Options): Promise<AgentClickProgram> =>
  callAction(client, 'publisher.programs_detail', params, options)

/**
 * Applies to a program; returns the partnership and its tracking code.
 * `publisher.partnerships_apply` (WRITE, never retried; 409 when a partnership exists)
 */
export const applyForPartnership = (client: C, params: ProgramIdParams, options?: Options): Promise<Partnership> =>
  callAction(client, 'publisher.partnerships_apply', params, options)

/**
 * Cancels a pending partnership application.
 * `publisher.partnerships_cancel` (WRITE; pending partnerships only)
 */
export const cancelPartnership = (client: C, params: PartnershipIdParams, options?: Options): Promise<Undocumented | undefined> =>
  callAction(client, 'publisher.partnerships_cancel', params, options)

/**
 * Lists the caller's partnerships.
 * `publisher.partnerships_list` (paged)
 */
export const listPartnerships = (client: C, params?: ListPartnershipsParams, options?: Options): Promise<ListOf<'partnerships', AgentClickPartnership>> =>
  callAction(client, 'publisher.partnerships_list', params, options)

/**
 * Generates tracking links (URL, HTML, JS) for an approved partnership.
 * `publisher.links_generate` (approved partnerships only)
 */
export const generateLinks = (client: C, params: PartnershipIdParams, options?: Options): Promise<Undocumented> =>
  callAction(client, 'publisher.links_generate', params, options)

/**
 * Lists programs eligible for self-back (self-referral).
 * `publisher.selfback_list` (paged)
 */
export const listSelfbackPrograms = (client: C, params?: PageParams, options?: Options): Promise<ListOf<'programs', AgentClickProgram>> =>
  callAction(client, 'publisher.selfback_list', params, options)

/**
 * Self-back on a program: partnership, click and redirect URL in one call (once per program).
 * `publisher.selfback_apply` (WRITE; once per program)
 */
export const applyForSelfback = (client: C, params: ProgramIdParams, options?: Options): Promise<Undocumented | undefined> =>
  callAction(client, 'publisher.selfback_apply', params, options)

/**
 * Gets a conversion and click report for a date range.
 * `publisher.report`
 */
export const getReport = (client: C, params?: ReportParams, options?: Options): Promise<Undocumented> =>
  callAction(client, 'publisher.report', params, options)

/**
 * Gets the caller's balance, earnings and payout totals.
 * `publisher.earnings_summary`
 */
export const getEarningsSummary = (client: C, options?: Options): Promise<Undocumented> =>
  callAction(client, 'publisher.earnings_summary', undefined, options)

/**
 * Lists the caller's payouts.
 * `publisher.earnings_payouts` (paged)
 */
export const listEarningsPayouts = (client: C, params?: PageParams, options?: Options): Promise<ListOf<'payouts', AgentClickPayout>> =>
  callAction(client, 'publisher.earnings_payouts', params, options)

/**
 * Lists the caller's notifications.
 * `publisher.notifications_list` (paged)
 */
export const listNotifications = (client: C, params?: ListNotificationsParams, options?: Options): Promise<ListOf<'notifications', AgentClickNotification>> =>
  callAction(client, 'publisher.notifications_list', params, options)

/**
 * Marks one notification read, or all of them.
 * `publisher.notifications_read` (WRITE). Without `notification_id`, marks ALL notifications read.
 */
export const markNotificationsRead = (client: C, params?: MarkNotificationsReadParams, options?: Options): Promise<Undocumented | undefined> =>
  callAction(client, 'publisher.notifications_read', params, options)
