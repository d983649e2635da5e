import { describe, expect, it } from 'vitest'
import * as ac from '../../src/agentclick/index.js'
import { KEY, useServer } from './fixture.js'

const HEX32 = '0123456789abcdef0123456789ABCDEF'

// [function, params (undefined: the function takes none), action on the wire, retried on 503]
const ROWS: [string, Record<string, unknown> | undefined, string, boolean][] = [
  ['checkHealth', undefined, 'health', true],
  ['listCategories', undefined, 'common.categories', true],
  ['getPlatformStats', undefined, 'common.stats', true],
  ['getProfile', undefined, 'common.profile', true],
  ['getApiKeyInfo', undefined, 'common.api_key_info', true],
  ['searchPrograms', { keyword: 'ai', reward_type: 'cpa', sort: 'epc_desc', page: 2, per_page: 50, self_affiliate: true }, 'publisher.programs_search', true],
  ['getProgram', { program_id: 7 }, 'publisher.programs_detail', true],
  ['applyForPartnership', { program_id: 7 }, 'publisher.partnerships_apply', false],
  ['cancelPartnership', { partnership_id: 15 }, 'publisher.partnerships_cancel', false],
  ['listPartnerships', { status: 'approved', page: 1 }, 'publisher.partnerships_list', true],
  ['generateLinks', { partnership_id: 15 }, 'publisher.links_generate', true],
  ['listSelfbackPrograms', { per_page: 10 }, 'publisher.selfback_list', true],
  ['applyForSelfback', { program_id: 7 }, 'publisher.selfback_apply', false],
  ['getReport', { start_date: '2025-01-01', end_date: '2025-01-31', group_by: 'daily' }, 'publisher.report', true],
  ['getEarningsSummary', undefined, 'publisher.earnings_summary', true],
  ['listEarningsPayouts', { page: 3 }, 'publisher.earnings_payouts', true],
  ['listNotifications', { unread_only: true }, 'publisher.notifications_list', true],
  ['markNotificationsRead', { notification_id: 4 }, 'publisher.notifications_read', false],
  ['recommendPrograms', { use_case: '画像生成', limit: 20 }, 'agent.recommend', true],
  ['getAgentProgram', { program_id: 7 }, 'agent.program_detail', true],
  ['trackClick', { partnership_id: 15, context: 'chatbot', user_agent: 'ua' }, 'agent.track_click', false],
  ['recordConversion', { tracking_code: HEX32, amount: 1200 }, 'agent.record_conversion', false],
  ['getCatalog', undefined, 'agent.catalog', true],
  ['listCategoryCounts', undefined, 'agent.categories', true],
]

const call = (name: string, client: ac.AgentClickClient, params: Record<string, unknown> | undefined): Promise<unknown> => {
  const fn = (ac as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[name]!
  return params === undefined ? fn(client) : fn(client, params)
}

describe('AgentClick: every action on the wire', () => {
  const { server, client } = useServer()

  it('covers the 24 documented actions', () => {
    expect(new Set(ROWS.map((row) => row[2])).size).toBe(24)
    for (const [name] of ROWS) expect(typeof (ac as Record<string, unknown>)[name]).toBe('function')
  })

  it.each(ROWS)('%s sends %s and returns data', async (name, params, action) => {
    const result = await call(name, client(), params)
    expect(result).toEqual({ ok: true })
    const [req] = server().requests
    expect(req!.method).toBe('POST')
    expect(req!.url).toBe('/api/mcp.php')
    expect(req!.headers['content-type']).toBe('application/json')
    expect(req!.json).toEqual({ action, params: params ?? {} })
    expect(req!.headers.authorization).toBe(action === 'health' ? undefined : `Bearer ${KEY}`)
  })

  it.each(ROWS)('%s (%s): retried on 503 = %s', async (name, params, _action, retried) => {
    let n = 0
    server().handle(() => (n++ === 0 ? { status: 503, headers: { 'retry-after': '0' }, body: { success: false, message: 'busy' } } : { body: { success: true, data: {} } }))
    const outcome = call(name, client(), params)
    if (retried) await expect(outcome).resolves.toEqual({})
    else await expect(outcome).rejects.toBeInstanceOf(ac.ServerError)
    expect(server().requests).toHaveLength(retried ? 2 : 1)
  })

  it('recordConversion is retried only with an order_id (the server dedups it)', async () => {
    const flaky = (): void => {
      let n = 0
      server().requests.length = 0
      server().handle(() => (n++ === 0 ? { status: 503, headers: { 'retry-after': '0' } } : { body: { success: true, data: {} } }))
    }
    flaky()
    await ac.recordConversion(client(), { tracking_code: HEX32, order_id: 'ord-1' })
    expect(server().requests).toHaveLength(2)
    expect(server().requests[1]!.json).toEqual({ action: 'agent.record_conversion', params: { tracking_code: HEX32, order_id: 'ord-1' } })
    flaky()
    await expect(ac.recordConversion(client(), { tracking_code: HEX32 })).rejects.toBeInstanceOf(ac.ServerError)
    expect(server().requests).toHaveLength(1)
  })

  it('callAction: known actions keep their class, unknown ones are never retried', async () => {
    server().handle(() => ({ status: 503, headers: { 'retry-after': '0' } }))
    await expect(ac.callAction(client(), 'common.stats')).rejects.toBeInstanceOf(ac.ServerError)
    expect(server().requests).toHaveLength(3)
    server().requests.length = 0
    await expect(ac.callAction(client(), 'advertiser.something_new', { x: 1 })).rejects.toBeInstanceOf(ac.ServerError)
    expect(server().requests).toHaveLength(1)
    expect(server().requests[0]!.json).toEqual({ action: 'advertiser.something_new', params: { x: 1 } })
  })
})
