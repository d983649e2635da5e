import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  AffiliateError,
  listEarningsPayouts,
  listNotifications,
  listPartnerships,
  listSelfbackPrograms,
  paginate,
  searchPrograms,
  type AgentClickPartnership,
  type AgentClickProgram,
} from '../../src/agentclick/index.js'
import { useServer } from './fixture.js'

type Params = { page?: number; per_page?: number }

describe('AgentClick paginate (page / per_page, full page = maybe more)', () => {
  const { server, client } = useServer()

  /** Serves `total` numbered items under `key`, honouring page and per_page like the real API. */
  const serve = (key: string, total: number, cap = 50): void =>
    server().handle((req) => {
      const { page = 1, per_page = 20 } = (req.json as { params: Params }).params
      const size = Math.min(per_page, cap)
      const items = Array.from({ length: total }, (_, i) => ({ id: i + 1 })).slice((page - 1) * size, page * size)
      return { body: { success: true, data: { [key]: items } } }
    })

  it.each([
    [searchPrograms, 'programs'],
    [listPartnerships, 'partnerships'],
    [listSelfbackPrograms, 'programs'],
    [listEarningsPayouts, 'payouts'],
    [listNotifications, 'notifications'],
  ] as const)('%o walks every page of %s', async (fn, key) => {
    serve(key, 45)
    const ids: unknown[] = []
    for await (const item of paginate(fn as typeof searchPrograms, client())) ids.push(item.id)
    expect(ids).toEqual(Array.from({ length: 45 }, (_, i) => i + 1))
    expect(server().requests.map((r) => (r.json as { params: Params }).params)).toEqual([
      { per_page: 20 },
      { per_page: 20, page: 2 },
      { per_page: 20, page: 3 },
    ])
  })

  it('keeps the caller params, and an exact multiple costs one empty page', async () => {
    serve('partnerships', 20)
    const seen = []
    for await (const p of paginate(listPartnerships, client(), { status: 'approved', per_page: 10 })) seen.push(p)
    expect(seen).toHaveLength(20)
    expect(server().requests.map((r) => (r.json as { params: unknown }).params)).toEqual([
      { status: 'approved', per_page: 10 },
      { status: 'approved', per_page: 10, page: 2 },
      { status: 'approved', per_page: 10, page: 3 },
    ])
  })

  it('a per_page above the server cap (50) does not end the walk early', async () => {
    serve('programs', 120)
    let count = 0
    for await (const _ of paginate(searchPrograms, client(), { per_page: 100 })) count++
    expect(count).toBe(120)
  })

  it('sends nothing more once the consumer stops', async () => {
    serve('programs', 100)
    for await (const _ of paginate(searchPrograms, client())) break
    expect(server().requests).toHaveLength(1)
  })

  it('throws instead of looping when the server ignores page', async () => {
    server().handle(() => ({ body: { success: true, data: { programs: Array.from({ length: 20 }, (_, i) => ({ id: i })) } } }))
    const walk = async (): Promise<void> => {
      for await (const _ of paginate(searchPrograms, client())) void _
    }
    await expect(walk()).rejects.toBeInstanceOf(AffiliateError)
    expect(server().requests).toHaveLength(2)
  })

  it('honours options.signal', async () => {
    serve('programs', 100)
    const controller = new AbortController()
    const items = paginate(searchPrograms, client(), {}, { signal: controller.signal })
    await items.next()
    controller.abort(new Error('enough'))
    const rest = async (): Promise<void> => {
      for await (const _ of items) void _
    }
    await expect(rest()).rejects.toThrow('enough')
  })

  it('infers the item type', () => {
    expectTypeOf(paginate(searchPrograms, client())).toEqualTypeOf<AsyncGenerator<AgentClickProgram, void, undefined>>()
    expectTypeOf(paginate(listPartnerships, client())).toEqualTypeOf<AsyncGenerator<AgentClickPartnership, void, undefined>>()
  })
})
