import { describe, expect, expectTypeOf, it } from 'vitest'
import { AffiliateError, listMyReferrals, paginate, type Referral } from '../../src/agentries/index.js'
import { useServer } from './fixture.js'

describe('Agentries paginate (offset / limit / total)', () => {
  const f = useServer()

  const serve = (total: number, echo = true): void =>
    f.onCall((req) => {
      const limit = Number(req.query.limit ?? 50)
      const offset = Number(req.query.offset ?? 0)
      const referrals = Array.from({ length: total }, (_, i) => ({ n: i })).slice(offset, offset + limit)
      return { body: echo ? { limit, offset, total, referrals } : { referrals } }
    })

  it('walks by offset + referrals.length while below total', async () => {
    serve(230)
    const seen: number[] = []
    for await (const referral of paginate(listMyReferrals, f.client(), { limit: 100 })) seen.push(referral.n as number)
    expect(seen).toEqual(Array.from({ length: 230 }, (_, i) => i))
    expect(f.calls().map((r) => r.url)).toEqual(['/api/referrals/my?limit=100', '/api/referrals/my?limit=100&offset=100', '/api/referrals/my?limit=100&offset=200'])
  })

  it('starts at the given offset and stops at total without an extra request', async () => {
    serve(100)
    let count = 0
    for await (const _ of paginate(listMyReferrals, f.client(), { offset: 40 })) count++
    expect(count).toBe(60)
    expect(f.calls()).toHaveLength(2)
  })

  it('without a total, goes on while pages are full', async () => {
    serve(120, false)
    let count = 0
    for await (const _ of paginate(listMyReferrals, f.client())) count++
    expect(count).toBe(120)
    expect(f.calls()).toHaveLength(3)
  })

  it('throws instead of looping when the server ignores offset', async () => {
    f.onCall(() => ({ body: { limit: 50, offset: 0, total: 500, referrals: Array.from({ length: 50 }, (_, n) => ({ n })) } }))
    const walk = async (): Promise<void> => {
      for await (const _ of paginate(listMyReferrals, f.client())) void _
    }
    await expect(walk()).rejects.toBeInstanceOf(AffiliateError)
  })

  it('sends nothing more once the consumer stops', async () => {
    serve(500)
    for await (const _ of paginate(listMyReferrals, f.client())) break
    expect(f.calls()).toHaveLength(1)
  })

  it('types items as referrals', () => {
    expectTypeOf(paginate(listMyReferrals, f.client())).toEqualTypeOf<AsyncGenerator<Referral, void, undefined>>()
  })
})
