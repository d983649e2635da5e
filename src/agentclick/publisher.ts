import type { CallOptions } from '../core/request.js'
import { callAction } from './call.js'
import type { AgentClickClient } from './client.js'
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
} from './types.js'

type Options = CallOptions
type Data = Record<string, unknown>
type C = AgentClickClient

/** `publisher.programs_search` (paged: `page`, `per_page` max 50) */
export const searchPrograms = (client: C, params?: SearchProgramsParams, options?: Options): Promise<ListOf<'programs', AgentClickProgram>> =>
  callAction(client, 'publisher.programs_search', params, options)

/** `publisher.programs_detail` */
export const getProgram = (client: C, params: ProgramIdParams, options?: Options): Promise<Data> =>
  callAction(client, 'publisher.programs_detail', params, options)

/** `publisher.partnerships_apply` (WRITE, never retried; 409 when a partnership exists) */
export const applyForPartnership = (client: C, params: ProgramIdParams, options?: Options): Promise<Partnership> =>
  callAction(client, 'publisher.partnerships_apply', params, options)

/** `publisher.partnerships_cancel` (WRITE; pending partnerships only) */
export const cancelPartnership = (client: C, params: PartnershipIdParams, options?: Options): Promise<unknown> =>
  callAction(client, 'publisher.partnerships_cancel', params, options)

/** `publisher.partnerships_list` (paged) */
export const listPartnerships = (client: C, params?: ListPartnershipsParams, options?: Options): Promise<ListOf<'partnerships', AgentClickPartnership>> =>
  callAction(client, 'publisher.partnerships_list', params, options)

/** `publisher.links_generate` (approved partnerships only) */
export const generateLinks = (client: C, params: PartnershipIdParams, options?: Options): Promise<Data> =>
  callAction(client, 'publisher.links_generate', params, options)

/** `publisher.selfback_list` (paged) */
export const listSelfbackPrograms = (client: C, params?: PageParams, options?: Options): Promise<ListOf<'programs', AgentClickProgram>> =>
  callAction(client, 'publisher.selfback_list', params, options)

/** `publisher.selfback_apply` (WRITE; once per program) */
export const applyForSelfback = (client: C, params: ProgramIdParams, options?: Options): Promise<unknown> =>
  callAction(client, 'publisher.selfback_apply', params, options)

/** `publisher.report` */
export const getReport = (client: C, params?: ReportParams, options?: Options): Promise<Data> =>
  callAction(client, 'publisher.report', params, options)

/** `publisher.earnings_summary` */
export const getEarningsSummary = (client: C, options?: Options): Promise<Data> =>
  callAction(client, 'publisher.earnings_summary', undefined, options)

/** `publisher.earnings_payouts` (paged) */
export const listEarningsPayouts = (client: C, params?: PageParams, options?: Options): Promise<ListOf<'payouts', AgentClickPayout>> =>
  callAction(client, 'publisher.earnings_payouts', params, options)

/** `publisher.notifications_list` (paged) */
export const listNotifications = (client: C, params?: ListNotificationsParams, options?: Options): Promise<ListOf<'notifications', AgentClickNotification>> =>
  callAction(client, 'publisher.notifications_list', params, options)

/** `publisher.notifications_read` (WRITE). Without `notification_id`, marks ALL notifications read. */
export const markNotificationsRead = (client: C, params?: MarkNotificationsReadParams, options?: Options): Promise<unknown> =>
  callAction(client, 'publisher.notifications_read', params, options)
