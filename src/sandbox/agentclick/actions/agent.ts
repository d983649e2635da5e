import { fail } from '../../shared/errors.ts'
import { opt, req } from '../../shared/validate.ts'
import { type AcAction, type AcCtx, action, creatives, now, partnershipOr404, programOr404, programView, trackingUrl } from '../context.ts'
import type { AcConversion, AcProgram } from '../types.ts'
import { recordClick } from './publisher.ts'

function score(c: AcCtx, p: AcProgram): number {
  const words = String(c.params.use_case ?? '')
    .toLowerCase()
    .split(/[\s,、。・/]+/)
    .filter(Boolean)
  const text = `${p.name} ${p.description} ${p.tags.join(' ')} ${c.st.categories.find((x) => x.id === p.category_id)?.slug ?? ''}`.toLowerCase()
  const hits = words.filter((w) => text.includes(w)).length
  return hits * 100 + p.epc + p.confirmation_rate / 10
}

/** Records a conversion by tracking code; `order_id` is deduplicated per program (409). */
export function recordConversion(c: Pick<AcCtx, 'st'>, input: { tracking_code: string; order_id?: string; amount?: number }): AcConversion {
  const p = [...c.st.partnerships.values()].find((x) => x.tracking_code === input.tracking_code)
  if (!p) fail(404, 'NOT_FOUND', 'Unknown tracking_code')
  if (p.status !== 'approved') fail(409, 'CONFLICT', `The partnership for this tracking_code is not approved (status: ${p.status})`)
  if (input.order_id !== undefined && c.st.conversions.some((x) => x.program_id === p.program_id && x.order_id === input.order_id)) fail(409, 'CONFLICT', `Duplicate order_id: ${input.order_id}`)
  const program = c.st.programs.get(p.program_id) as AcProgram
  const conversion: AcConversion = { id: ++c.st.seq.conversion, partnership_id: p.id, program_id: p.program_id, user_id: p.user_id, order_id: input.order_id ?? null, amount: input.amount ?? null, reward: program.reward_amount, status: 'pending', created_at: now() }
  c.st.conversions.push(conversion)
  return conversion
}

export const agentActions: Record<string, AcAction> = {
  'agent.recommend': action('agent', false, { use_case: opt('string'), category_slug: opt('string'), category_id: opt('integer'), reward_type: opt(['cpa', 'cpc', 'cpi']), limit: opt('integer', { min: 1 }) }, (c) => {
    const q = c.params
    const limit = Math.min((q.limit as number | undefined) ?? 5, 20)
    const slugId = q.category_slug === undefined ? undefined : c.st.categories.find((x) => x.slug === q.category_slug)?.id ?? -1
    const programs = [...c.st.programs.values()]
      .filter((p) => (q.category_id === undefined || p.category_id === q.category_id) && (slugId === undefined || p.category_id === slugId) && (q.reward_type === undefined || p.reward_type === q.reward_type))
      .map((p) => ({ p, s: score(c, p) }))
      .sort((a, b) => b.s - a.s)
      .slice(0, limit)
      .map(({ p, s }) => ({ ...programView(c, p), score: Math.round(s) / 100, reason: `${p.reward_type.toUpperCase()} ¥${p.reward_amount.toLocaleString('en-US')}・承認率${p.confirmation_rate}%` }))
    return { data: { programs, use_case: q.use_case ?? null } }
  }),
  'agent.program_detail': action('agent', false, { program_id: req('integer') }, (c) => {
    const program = programOr404(c, c.params.program_id)
    return { data: { ...programView(c, program), creatives: creatives(program) } }
  }),
  'agent.track_click': action('agent', true, { partnership_id: req('integer'), context: opt('string'), user_agent: opt('string') }, (c) => {
    const p = partnershipOr404(c, c.params.partnership_id)
    if (p.status !== 'approved') fail(409, 'CONFLICT', `Clicks need an approved partnership (status: ${p.status})`)
    const program = programOr404(c, p.program_id)
    const click = recordClick(c, p, (c.params.context as string | undefined) ?? null, (c.params.user_agent as string | undefined) ?? null)
    return { message: 'Click recorded', data: { click_id: click.id, tracking_url: `${trackingUrl(c, p.tracking_code)}?click_id=${click.id}`, lp_url: `${program.lp_url}?ac_click=${click.id}` } }
  }),
  'agent.record_conversion': action('agent', true, { tracking_code: req('string', { pattern: /^[0-9a-f]{32}$/i }), order_id: opt('string'), amount: opt('integer', { min: 0 }) }, (c) => {
    const conversion = recordConversion(c, { tracking_code: (c.params.tracking_code as string).toLowerCase(), order_id: c.params.order_id as string | undefined, amount: c.params.amount as number | undefined })
    const { id, user_id: _u, ...rest } = conversion
    return { message: 'Conversion recorded', data: { conversion_id: id, ...rest } }
  }),
  'agent.catalog': action('agent', false, undefined, (c) => ({
    data: { programs: [...c.st.programs.values()].map((p) => ({ id: p.id, name: p.name, category: c.st.categories.find((x) => x.id === p.category_id)?.slug ?? null, reward_type: p.reward_type, reward_amount: p.reward_amount })) },
  })),
  'agent.categories': action('agent', false, undefined, (c) => ({
    data: { categories: c.st.categories.map((cat) => ({ ...cat, program_count: [...c.st.programs.values()].filter((p) => p.category_id === cat.id).length })) },
  })),
}
