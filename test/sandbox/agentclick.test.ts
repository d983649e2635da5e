import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js'
import { action, call } from './helpers.js'

let sb: Sandbox
const as = (role: 'agent' | 'publisher' | 'advertiser' | null, name: string, params?: Record<string, unknown>) => action(sb.agentclickUrl, role ? sb.keys.agentclick[role] : undefined, name, params)

const ALL = [
  'health', 'common.categories', 'common.stats', 'common.profile', 'common.api_key_info',
  'publisher.programs_search', 'publisher.programs_detail', 'publisher.partnerships_apply', 'publisher.partnerships_cancel', 'publisher.partnerships_list', 'publisher.links_generate', 'publisher.selfback_list', 'publisher.selfback_apply', 'publisher.report', 'publisher.earnings_summary', 'publisher.earnings_payouts', 'publisher.notifications_list', 'publisher.notifications_read',
  'agent.recommend', 'agent.program_detail', 'agent.track_click', 'agent.record_conversion', 'agent.catalog', 'agent.categories',
]

beforeAll(async () => {
  sb = await startSandbox({ seed: 5, limits: { agentclickRead: 1000, agentclickWrite: 1000 } })
})
afterAll(() => sb.close())

async function approvedPartnership(role: 'agent' | 'publisher' = 'agent') {
  const list = await as(role, 'publisher.partnerships_list', { status: 'approved' })
  return list.body.data.partnerships[0] as { partnership_id: number; tracking_code: string; program_id: number }
}

describe('AgentClick: envelope, auth, roles', () => {
  it('uses real-format keys', () => {
    for (const key of Object.values(sb.keys.agentclick)) expect(key).toMatch(/^aa_[0-9a-f]{48}$/)
  })

  it('answers health without a key, everything else needs one (401)', async () => {
    const health = await as(null, 'health')
    expect(health.body).toMatchObject({ success: true, message: 'OK', data: { status: 'ok' } })
    const noKey = await as(null, 'common.categories')
    expect(noKey.status).toBe(401)
    expect(noKey.body).toEqual({ success: false, message: expect.any(String) })
    expect((await action(sb.agentclickUrl, `aa_${'0'.repeat(48)}`, 'common.categories')).status).toBe(401)
  })

  it('routes all 24 actions for the agent role', async () => {
    for (const name of ALL) {
      const res = await as('agent', name)
      expect([200, 422], name).toContain(res.status)
    }
  })

  it('403 when a role calls outside its groups', async () => {
    expect((await as('advertiser', 'publisher.programs_search')).status).toBe(403)
    expect((await as('publisher', 'agent.catalog')).status).toBe(403)
    expect((await as('publisher', 'publisher.programs_search')).status).toBe(200)
    expect((await as('advertiser', 'common.profile')).body.data.role).toBe('advertiser')
  })

  it('400 for unknown actions and malformed bodies; 405 for GET', async () => {
    expect((await as('agent', 'publisher.nope')).status).toBe(400)
    const raw = (body: string) => call(sb.agentclickUrl, { method: 'POST', headers: { authorization: `Bearer ${sb.keys.agentclick.agent}` }, body })
    expect((await raw('{nope')).status).toBe(400)
    expect((await raw('[]')).status).toBe(400)
    expect((await raw('{"action":"common.stats","params":[1]}')).status).toBe(400)
    expect((await call(sb.agentclickUrl)).status).toBe(405)
  })

  it('422 for a missing required param, 400 for a bad value, 404 for unknown ids', async () => {
    const missing = await as('agent', 'publisher.programs_detail', {})
    expect(missing.status).toBe(422)
    expect(missing.body.message).toContain('program_id')
    expect((await as('agent', 'publisher.programs_search', { reward_type: 'cpm' })).status).toBe(400)
    expect((await as('agent', 'agent.record_conversion', { tracking_code: 'abc123' })).status).toBe(400)
    expect((await as('agent', 'publisher.programs_detail', { program_id: 99999 })).status).toBe(404)
    expect((await as('agent', 'publisher.partnerships_cancel', { partnership_id: 99999 })).status).toBe(404)
  })
})

describe('AgentClick: behaviour', () => {
  it('pages programs_search (per_page capped at 50) with totals', async () => {
    const p1 = await as('agent', 'publisher.programs_search', { per_page: 5, sort: 'reward_desc' })
    expect(p1.body.data.programs).toHaveLength(5)
    expect(p1.body.data).toMatchObject({ page: 1, per_page: 5, total: 12 })
    const rewards = p1.body.data.programs.map((p: { reward_amount: number }) => p.reward_amount)
    expect(rewards).toEqual([...rewards].sort((a, b) => b - a))
    const p3 = await as('agent', 'publisher.programs_search', { per_page: 5, page: 3 })
    expect(p3.body.data.programs).toHaveLength(2)
    expect((await as('agent', 'publisher.programs_search', { per_page: 500 })).body.data.per_page).toBe(50)
    const filtered = await as('agent', 'publisher.programs_search', { self_affiliate: true, category_slug: 'ai-image' })
    expect(filtered.body.data.programs.every((p: { self_affiliate: boolean; category_slug: string }) => p.self_affiliate && p.category_slug === 'ai-image')).toBe(true)
  })

  it('apply: approved at once for auto-approve programs, 409 when a partnership exists; cancel only pending', async () => {
    const auto = (await as('publisher', 'publisher.programs_search', { auto_approve: true, sort: 'name' })).body.data.programs
    const mine = (await as('publisher', 'publisher.partnerships_list')).body.data.partnerships.map((p: { program_id: number }) => p.program_id)
    const target = auto.find((p: { id: number }) => !mine.includes(p.id))
    const applied = await as('publisher', 'publisher.partnerships_apply', { program_id: target.id })
    expect(applied.body.data).toMatchObject({ partnership_id: expect.any(Number), status: 'approved', tracking_code: expect.stringMatching(/^[0-9a-f]{32}$/) })
    expect((await as('publisher', 'publisher.partnerships_apply', { program_id: target.id })).status).toBe(409)
    expect((await as('publisher', 'publisher.partnerships_cancel', { partnership_id: applied.body.data.partnership_id })).status).toBe(409)

    const manual = (await as('publisher', 'publisher.programs_search', { per_page: 50 })).body.data.programs.find((p: { id: number; auto_approve: boolean }) => !p.auto_approve && !mine.includes(p.id))
    const pending = await as('publisher', 'publisher.partnerships_apply', { program_id: manual.id })
    expect(pending.body.data.status).toBe('pending')
    expect((await as('publisher', 'publisher.links_generate', { partnership_id: pending.body.data.partnership_id })).status).toBe(409)
    expect((await as('publisher', 'publisher.partnerships_cancel', { partnership_id: pending.body.data.partnership_id })).body.data.status).toBe('cancelled')
  })

  it('track_click returns click_id, tracking_url, lp_url; the tracking URL redirects', async () => {
    const p = await approvedPartnership()
    const clicks = sb.counts().agentclick.clicks
    const res = await as('agent', 'agent.track_click', { partnership_id: p.partnership_id, context: 'chatbot' })
    expect(res.body.data).toEqual({ click_id: expect.any(Number), tracking_url: expect.stringContaining(p.tracking_code), lp_url: expect.stringMatching(/^https:\/\//) })
    const links = await as('agent', 'publisher.links_generate', { partnership_id: p.partnership_id })
    const redirect = await fetch(links.body.data.tracking_url, { redirect: 'manual' })
    expect(redirect.status).toBe(302)
    expect(redirect.headers.get('location')).toMatch(/^https:\/\/lp\./)
    expect(sb.counts().agentclick.clicks).toBe(clicks + 2)
  })

  it('record_conversion dedups order_id with 409; without order_id it records each time', async () => {
    const p = await approvedPartnership()
    const first = await as('agent', 'agent.record_conversion', { tracking_code: p.tracking_code, order_id: 'ORD-1', amount: 9800 })
    expect(first.body.data).toMatchObject({ conversion_id: expect.any(Number), order_id: 'ORD-1', amount: 9800, status: 'pending' })
    const dup = await as('agent', 'agent.record_conversion', { tracking_code: p.tracking_code, order_id: 'ORD-1', amount: 9800 })
    expect(dup.status).toBe(409)
    expect(dup.body.success).toBe(false)
    const before = sb.counts().agentclick.conversions
    await as('agent', 'agent.record_conversion', { tracking_code: p.tracking_code })
    await as('agent', 'agent.record_conversion', { tracking_code: p.tracking_code })
    expect(sb.counts().agentclick.conversions).toBe(before + 2)
    expect((await as('agent', 'agent.record_conversion', { tracking_code: 'f'.repeat(32) })).status).toBe(404)
  })

  it('selfback_apply works once per program (409 the second time)', async () => {
    const list = await as('agent', 'publisher.selfback_list')
    const program = list.body.data.programs[0]
    const first = await as('agent', 'publisher.selfback_apply', { program_id: program.id })
    expect(first.body.data).toMatchObject({ partnership_id: expect.any(Number), click_id: expect.any(Number), redirect_url: expect.stringMatching(/^https:/) })
    expect((await as('agent', 'publisher.selfback_apply', { program_id: program.id })).status).toBe(409)
  })

  it('notifications: list unread, mark one, mark all', async () => {
    const unread = await as('publisher', 'publisher.notifications_list', { unread_only: true })
    const n = unread.body.data.notifications[0]
    expect((await as('publisher', 'publisher.notifications_read', { notification_id: n.notification_id })).body.data.marked_read).toBe(1)
    const all = await as('publisher', 'publisher.notifications_read')
    expect(all.body.data.unread_count).toBe(0)
    expect((await as('publisher', 'publisher.notifications_read', { notification_id: 424242 })).status).toBe(404)
  })

  it('report, earnings, recommend', async () => {
    expect((await as('agent', 'publisher.report', { group_by: 'daily', start_date: '2000-01-01' })).body.data.rows.length).toBeGreaterThan(0)
    expect((await as('agent', 'publisher.report', { start_date: '01/02/2024' })).status).toBe(400)
    expect((await as('agent', 'publisher.earnings_summary')).body.data.trend).toHaveLength(6)
    expect((await as('agent', 'publisher.earnings_payouts', { per_page: 2 })).body.data.payouts[0]).toMatchObject({ gross_reward: expect.any(Number), withholding_tax: expect.any(Number), transfer_fee: expect.any(Number), net_payout: expect.any(Number) })
    const rec = await as('agent', 'agent.recommend', { use_case: 'meeting transcription', limit: 50 })
    expect(rec.body.data.programs.length).toBeLessThanOrEqual(20)
    expect(rec.body.data.programs[0].name).toBe('議事録AI')
  })
})

describe('AgentClick: rate limits', () => {
  it('429 after the read and write budgets, counted per key', async () => {
    const small = await startSandbox({ limits: { agentclickRead: 3, agentclickWrite: 2 } })
    try {
      const key = small.keys.agentclick.agent
      const statuses: number[] = []
      for (let i = 0; i < 4; i++) statuses.push((await action(small.agentclickUrl, key, 'common.stats')).status)
      expect(statuses).toEqual([200, 200, 200, 429])
      const limited = await action(small.agentclickUrl, key, 'common.stats')
      expect(limited.body).toEqual({ success: false, message: expect.stringMatching(/rate limit/i) })
      const writes: number[] = []
      for (let i = 0; i < 3; i++) writes.push((await action(small.agentclickUrl, key, 'publisher.notifications_read')).status)
      expect(writes).toEqual([200, 200, 429])
      expect((await action(small.agentclickUrl, small.keys.agentclick.publisher, 'common.stats')).status).toBe(200)
      expect((await action(small.agentclickUrl, undefined, 'health')).status).toBe(200)
    } finally {
      await small.close()
    }
  })
})
