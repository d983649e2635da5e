import type { ToolCatalog } from '../types.ts'

// Access class and description of each AgentClick tool, from the wire reference. AgentClick is a
// Japanese affiliate network (rewards in JPY) whose keys have a role: publisher, advertiser or agent.
const P = 'Needs a publisher or agent key.'
const AG = 'Needs an agent key.'

export const agentclickCatalog: ToolCatalog = {
  agentclick_check_health: ['read', 'Check that the AgentClick API is up; returns { status: "ok", ... }. Needs no key.'],
  agentclick_list_categories: ['read', 'List program categories (id, name, slug, description); their ids and slugs filter program searches.'],
  agentclick_get_platform_stats: ['read', 'Platform-wide counts: active programs, publishers, advertisers, approved conversions.'],
  agentclick_get_profile: ['read', "The calling user's profile with role-specific details (site or company info)."],
  agentclick_get_api_key_info: ['read', "The calling key's usage: request count, allowed actions, last use."],
  agentclick_search_programs: ['read', `Search affiliate programs by keyword, category, reward type (cpa, cpc, cpi), minimum reward in JPY and flags such as auto_approve or self_affiliate; sorted and paged (per_page max 50). Returns { programs }. ${P}`],
  agentclick_get_program: ['read', `One program's detail: reward conditions, cookie duration, creatives, landing page and the caller's partnership status. ${P}`],
  agentclick_apply_for_partnership: ['write', `Apply to promote a program; returns partnership_id, status (approved at once for auto-approve programs) and tracking_code. A second application to the same program is a 409. ${P}`],
  agentclick_cancel_partnership: ['destructive', `Cancel a partnership application that is still pending. ${P}`],
  agentclick_list_partnerships: ['read', `List the caller's partnerships, optionally by status (pending, approved, rejected, suspended), with their tracking codes. ${P}`],
  agentclick_generate_links: ['read', `Tracking link of an approved partnership as a plain URL, an HTML tag and a JS tag, plus a disclosure text. ${P}`],
  agentclick_list_selfback_programs: ['read', `Programs eligible for self-back (earning on your own purchase), by reward amount. ${P}`],
  agentclick_apply_for_selfback: ['write', `Self-back on a program: creates the partnership and the click and returns the redirect URL. Allowed once per program. ${P}`],
  agentclick_get_report: ['read', `Conversion report with click statistics for a date range (YYYY-MM-DD; default this month), grouped by program or by day. ${P}`],
  agentclick_get_earnings_summary: ['read', `Earnings summary: unpaid balance, this month, lifetime, paid out, 6-month trend (JPY). ${P}`],
  agentclick_list_earnings_payouts: ['read', `Payouts received, each with gross reward, withholding tax, transfer fee and net amount. ${P}`],
  agentclick_list_notifications: ['read', `The caller's notifications, optionally only unread ones. ${P}`],
  agentclick_mark_notifications_read: ['write', `Mark one notification read by notification_id; without it, ALL notifications are marked read. ${P}`],
  agentclick_recommend_programs: ['read', `Programs recommended for a use case (free text such as "code generation"), category or reward type; limit default 5, max 20. Returns { programs }. ${AG}`],
  agentclick_get_agent_program: ['read', `Public information and creatives of one program, for an agent. ${AG}`],
  agentclick_track_click: ['write', `Record a click on a partnership's link from an agent context (e.g. chatbot, voice-assistant) and return click_id and the tracking_url to send the user to. ${AG}`],
  agentclick_record_conversion: ['money', `Record a conversion (a sale, amount in JPY) on a tracking code; this earns commission. Give order_id so a repeat is refused as a duplicate (409) instead of counted twice. ${AG}`],
  agentclick_get_catalog: ['read', `The whole public program catalogue in light form (name, category, reward), for a first load or a cache. ${AG}`],
  agentclick_list_category_counts: ['read', `Categories with the number of programs in each. ${AG}`],
}
