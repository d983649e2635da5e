import { fail } from '../../shared/errors.ts'
import { opt, req } from '../../shared/validate.ts'
import { type AcAction, type AcCtx, PAGE, action, creatives, now, paged, partnershipFor, partnershipOr404, programOr404, programView, trackingUrl } from '../context.ts'
import type { AcPartnership, AcProgram } from '../types.ts'

const DATE = /^\d{4}-\d{2}-\d{2}$/
const SORTS = ['newest', 'reward_desc', 'reward_asc', 'name', 'confirmation_rate_desc', 'epc_desc'] as const

const BOOL_FILTERS = ['self_affiliate', 'allow_listing', 'has_product_link', 'itp_supported', 'is_campaign', 'is_new', 'auto_approve'] as const

function search(c: AcCtx, p: AcProgram): boolean {
  const q = c.params
  const category = c.st.categories.find((x) => x.id === p.category_id)
  const keyword = (q.keyword as string | undefined)?.toLowerCase()
  return (
    (q.category_id === undefined || p.category_id === q.category_id) &&
    (q.category_slug === undefined || category?.slug === q.category_slug) &&
    (q.reward_type === undefined || p.reward_type === q.reward_type) &&
    (!keyword || `${p.name} ${p.description} ${p.tags.join(' ')}`.toLowerCase().includes(keyword)) &&
    (q.min_reward === undefined || p.reward_amount >= (q.min_reward as number)) &&
    (q.min_confirmation_rate === undefined || p.confirmation_rate >= (q.min_confirmation_rate as number)) &&
    BOOL_FILTERS.every((f) => q[f] !== true || p[f])
  )
}

const sorter: Record<(typeof SORTS)[number], (a: AcProgram, b: AcProgram) => number> = {
  newest: (a, b) => b.created_at.localeCompare(a.created_at),
  reward_desc: (a, b) => b.reward_amount - a.reward_amount,
  reward_asc: (a, b) => a.reward_amount - b.reward_amount,
  name: (a, b) => a.name.localeCompare(b.name),
  confirmation_rate_desc: (a, b) => b.confirmation_rate - a.confirmation_rate,
  epc_desc: (a, b) => b.epc - a.epc,
}

const partnershipView = (c: AcCtx, p: AcPartnership) => ({ partnership_id: p.id, program_id: p.program_id, program_name: c.st.programs.get(p.program_id)?.name ?? null, status: p.status, tracking_code: p.tracking_code, applied_at: p.applied_at, approved_at: p.approved_at })

function newPartnership(c: AcCtx, program: AcProgram, approved: boolean, selfback = false): AcPartnership {
  const p: AcPartnership = { id: ++c.st.seq.partnership, program_id: program.id, user_id: c.user.id, status: approved ? 'approved' : 'pending', tracking_code: c.rnd.hex(32), selfback, applied_at: now(), approved_at: approved ? now() : null }
  c.st.partnerships.set(p.id, p)
  return p
}

/** Records a click on an approved partnership; shared with `agent.track_click` and the redirect. */
export function recordClick(c: Pick<AcCtx, 'st'>, p: AcPartnership, context: string | null, userAgent: string | null) {
  const click = { id: ++c.st.seq.click, partnership_id: p.id, program_id: p.program_id, user_id: p.user_id, context, user_agent: userAgent, created_at: now() }
  c.st.clicks.push(click)
  return click
}

function report(c: AcCtx) {
  const today = now().slice(0, 10)
  const start = (c.params.start_date as string | undefined) ?? `${today.slice(0, 8)}01`
  const end = (c.params.end_date as string | undefined) ?? today
  if (start > end) fail(400, 'BAD_REQUEST', 'start_date must not be after end_date')
  const group_by = (c.params.group_by as string | undefined) ?? 'program'
  const inRange = (t: string) => t.slice(0, 10) >= start && t.slice(0, 10) <= end
  const clicks = c.st.clicks.filter((x) => x.user_id === c.user.id && inRange(x.created_at))
  const conversions = c.st.conversions.filter((x) => x.user_id === c.user.id && inRange(x.created_at))
  const keyOf = (x: { program_id: number; created_at: string }) => (group_by === 'daily' ? x.created_at.slice(0, 10) : String(x.program_id))
  const rows = new Map<string, { clicks: number; conversions: number; approved: number; pending: number; reward: number }>()
  const row = (k: string) => rows.get(k) ?? rows.set(k, { clicks: 0, conversions: 0, approved: 0, pending: 0, reward: 0 }).get(k)!
  for (const x of clicks) row(keyOf(x)).clicks++
  for (const x of conversions) {
    const r = row(keyOf(x))
    r.conversions++
    if (x.status === 'approved') r.approved++
    if (x.status === 'pending') r.pending++
    if (x.status !== 'rejected') r.reward += x.reward
  }
  const list = [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, r]) => (group_by === 'daily' ? { date: k, ...r } : { program_id: Number(k), program_name: c.st.programs.get(Number(k))?.name ?? null, ...r }))
  const totals = list.reduce((t, r) => ({ clicks: t.clicks + r.clicks, conversions: t.conversions + r.conversions, reward: t.reward + r.reward }), { clicks: 0, conversions: 0, reward: 0 })
  return { start_date: start, end_date: end, group_by, rows: list, totals }
}

export const publisherActions: Record<string, AcAction> = {
  'publisher.programs_search': action(
    'publisher',
    false,
    {
      ...PAGE,
      category_id: opt('integer'),
      category_slug: opt('string'),
      reward_type: opt(['cpa', 'cpc', 'cpi']),
      keyword: opt('string'),
      min_reward: opt('integer', { min: 0 }),
      min_confirmation_rate: opt('integer', { min: 0, max: 100 }),
      sort: opt(SORTS),
      ...Object.fromEntries(BOOL_FILTERS.map((f) => [f, opt('boolean')])),
    },
    (c) => {
      const found = [...c.st.programs.values()].filter((p) => search(c, p)).sort(sorter[(c.params.sort as (typeof SORTS)[number] | undefined) ?? 'newest'])
      const { items, meta } = paged(c, found, 50)
      return { data: { programs: items.map((p) => programView(c, p)), ...meta } }
    },
  ),
  'publisher.programs_detail': action('publisher', false, { program_id: req('integer') }, (c) => {
    const program = programOr404(c, c.params.program_id)
    const p = partnershipFor(c, program.id)
    return { data: { ...programView(c, program), creatives: creatives(program), partnership: p ? { partnership_id: p.id, status: p.status, tracking_code: p.tracking_code } : null, partnership_status: p?.status ?? null } }
  }),
  'publisher.partnerships_apply': action('publisher', true, { program_id: req('integer') }, (c) => {
    const program = programOr404(c, c.params.program_id)
    if (partnershipFor(c, program.id)) fail(409, 'CONFLICT', `A partnership for program ${program.id} already exists`)
    const p = newPartnership(c, program, program.auto_approve)
    return { message: p.status === 'approved' ? 'Partnership approved' : 'Application submitted', data: { partnership_id: p.id, status: p.status, tracking_code: p.tracking_code, program_id: program.id } }
  }),
  'publisher.partnerships_cancel': action('publisher', true, { partnership_id: req('integer') }, (c) => {
    const p = partnershipOr404(c, c.params.partnership_id)
    if (p.status !== 'pending') fail(409, 'CONFLICT', `Only pending partnerships can be cancelled (status: ${p.status})`)
    c.st.partnerships.delete(p.id)
    return { message: 'Partnership cancelled', data: { partnership_id: p.id, status: 'cancelled' } }
  }),
  'publisher.partnerships_list': action('publisher', false, { ...PAGE, status: opt(['pending', 'approved', 'rejected', 'suspended']) }, (c) => {
    const mine = [...c.st.partnerships.values()].filter((p) => p.user_id === c.user.id && (c.params.status === undefined || p.status === c.params.status)).sort((a, b) => b.id - a.id)
    const { items, meta } = paged(c, mine)
    return { data: { partnerships: items.map((p) => partnershipView(c, p)), ...meta } }
  }),
  'publisher.links_generate': action('publisher', false, { partnership_id: req('integer') }, (c) => {
    const p = partnershipOr404(c, c.params.partnership_id)
    if (p.status !== 'approved') fail(409, 'CONFLICT', `Links need an approved partnership (status: ${p.status})`)
    const program = programOr404(c, p.program_id)
    const url = trackingUrl(c, p.tracking_code)
    return {
      data: {
        partnership_id: p.id,
        tracking_url: url,
        html_tag: `<a href="${url}" rel="sponsored">${program.name}</a>`,
        js_tag: `<script src="${c.base}/js/${p.tracking_code}.js" async></script>`,
        pr_text: `【PR】本ページには${program.advertiser_name}の広告が含まれます。`,
      },
    }
  }),
  'publisher.selfback_list': action('publisher', false, PAGE, (c) => {
    const eligible = [...c.st.programs.values()].filter((p) => p.self_affiliate).sort((a, b) => b.reward_amount - a.reward_amount)
    const { items, meta } = paged(c, eligible)
    return { data: { programs: items.map((p) => ({ ...programView(c, p), selfback_used: c.st.selfback.has(`${c.user.id}:${p.id}`) })), ...meta } }
  }),
  'publisher.selfback_apply': action('publisher', true, { program_id: req('integer') }, (c) => {
    const program = programOr404(c, c.params.program_id)
    if (!program.self_affiliate) fail(400, 'BAD_REQUEST', `Program ${program.id} is not eligible for self-back`)
    const key = `${c.user.id}:${program.id}`
    if (c.st.selfback.has(key)) fail(409, 'CONFLICT', `Self-back was already used for program ${program.id}`)
    c.st.selfback.add(key)
    const existing = partnershipFor(c, program.id)
    const p = existing ?? newPartnership(c, program, true, true)
    if (p.status === 'pending') Object.assign(p, { status: 'approved', approved_at: now() })
    const click = recordClick(c, p, 'selfback', null)
    return { message: 'Self-back ready', data: { partnership_id: p.id, click_id: click.id, tracking_code: p.tracking_code, redirect_url: `${program.lp_url}?ac_click=${click.id}`, status: p.status } }
  }),
  'publisher.report': action('publisher', false, { start_date: opt('string', { pattern: DATE }), end_date: opt('string', { pattern: DATE }), group_by: opt(['program', 'daily']) }, (c) => ({ data: report(c) })),
  'publisher.earnings_summary': action('publisher', false, undefined, (c) => {
    const mine = c.st.conversions.filter((x) => x.user_id === c.user.id && x.status !== 'rejected')
    const paid = c.st.payouts.filter((p) => p.user_id === c.user.id && p.status === 'paid').reduce((s, p) => s + p.gross_reward, 0)
    const month = now().slice(0, 7)
    const lifetime = mine.reduce((s, x) => s + x.reward, 0) + paid
    const trend = Array.from({ length: 6 }, (_, i) => {
      const d = new Date()
      d.setUTCDate(15)
      d.setUTCMonth(d.getUTCMonth() - (5 - i))
      const m = d.toISOString().slice(0, 7)
      return { month: m, amount: mine.filter((x) => x.created_at.startsWith(m)).reduce((s, x) => s + x.reward, 0) + c.st.payouts.filter((p) => p.user_id === c.user.id && p.period === m).reduce((s, p) => s + p.gross_reward, 0) }
    })
    return { data: { unpaid_balance: mine.filter((x) => x.status === 'approved').reduce((s, x) => s + x.reward, 0), this_month: mine.filter((x) => x.created_at.startsWith(month)).reduce((s, x) => s + x.reward, 0), lifetime_total: lifetime, paid_total: paid, currency: 'JPY', trend } }
  }),
  'publisher.earnings_payouts': action('publisher', false, PAGE, (c) => {
    const { items, meta } = paged(c, c.st.payouts.filter((p) => p.user_id === c.user.id).sort((a, b) => b.id - a.id))
    return { data: { payouts: items.map(({ id, user_id: _u, ...rest }) => ({ payout_id: id, ...rest })), ...meta } }
  }),
  'publisher.notifications_list': action('publisher', false, { ...PAGE, unread_only: opt('boolean') }, (c) => {
    const mine = c.st.notifications.filter((n) => n.user_id === c.user.id).sort((a, b) => b.id - a.id)
    const { items, meta } = paged(c, c.params.unread_only === true ? mine.filter((n) => !n.is_read) : mine)
    return { data: { notifications: items.map(({ id, user_id: _u, ...rest }) => ({ notification_id: id, ...rest })), unread_count: mine.filter((n) => !n.is_read).length, ...meta } }
  }),
  'publisher.notifications_read': action('publisher', true, { notification_id: opt('integer') }, (c) => {
    const mine = c.st.notifications.filter((n) => n.user_id === c.user.id)
    const id = c.params.notification_id
    const targets = id === undefined ? mine : mine.filter((n) => n.id === id)
    if (id !== undefined && targets.length === 0) fail(404, 'NOT_FOUND', `Notification not found: ${String(id)}`)
    const marked = targets.filter((n) => !n.is_read)
    for (const n of marked) n.is_read = true
    return { message: 'Marked as read', data: { marked_read: marked.length, unread_count: mine.filter((n) => !n.is_read).length } }
  }),
}
