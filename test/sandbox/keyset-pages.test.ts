// AgentRef list pages served from the sorted index: keyset cursors that survive items added during
// an export, filtered pages and totals equal to a filter + sort + slice of the whole state, and
// the bulk seed behind the benchmark.
import { spawn } from 'node:child_process'
import { afterEach, describe, expect, test } from 'vitest'
import { createAgentRef, listConversions, paginate } from '../../src/agentref/index.js'
import { type InProcessSandbox, createSandbox } from '../../src/sandbox/index.js'
import { bundleCli, startCli } from './cli-process.js'

const BASE = 'https://www.agentref.co/api/v1'
const DAY = 86_400_000
const open: InProcessSandbox[] = []
afterEach(async () => {
  for (const sb of open.splice(0)) await sb.close()
})

function sandbox(conversions = 0, seed = 3): InProcessSandbox {
  const sb = createSandbox({ seed, bulk: { conversions }, limits: { agentref: 1e9 } })
  open.push(sb)
  return sb
}

interface Row {
  id: string
  programId: string
  affiliateId: string
  status: string
  createdAt: string
}

async function get(sb: InProcessSandbox, path: string, key = sb.keys.agentref.merchant) {
  const res = await sb.fetch(`${BASE}${path}`, { headers: { authorization: `Bearer ${key}` } })
  return { status: res.status, body: (await res.json()) as any }
}

/** Newest first; among equal createdAt, the larger id first (written independently of the sandbox). */
const newestFirst = (a: Row, b: Row) => (a.createdAt !== b.createdAt ? (a.createdAt < b.createdAt ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0)

/** The old route: filter the whole collection, sort it, (then slice). */
function expected(sb: InProcessSandbox, list: 'conversions' | 'payouts', q: Record<string, string> = {}): Row[] {
  const st = sb.state.agentref
  const own = new Set([...st.programs.values()].filter((p) => p.merchantId === st.merchant.id && !p._deleted).map((p) => p.id))
  const from = Date.parse(q.startDate ?? q.from ?? '1970-01-01T00:00:00Z')
  const to = q.endDate ?? q.to ? Date.parse((q.endDate ?? q.to)!) : Infinity
  return ([...st[list].values()] as Row[])
    .filter((x) => own.has(x.programId) && (!q.programId || x.programId === q.programId) && (!q.affiliateId || x.affiliateId === q.affiliateId) && (!q.status || x.status === q.status) && Date.parse(x.createdAt) >= from && Date.parse(x.createdAt) <= to)
    .sort(newestFirst)
}

/** Every item of a list by following nextCursor, checking each page's meta on the way. */
async function walk(sb: InProcessSandbox, path: string, size: number, between?: (page: number, last: Row) => void) {
  const ids: string[] = []
  let cursor: string | undefined
  for (let page = 1; ; page++) {
    const sep = path.includes('?') ? '&' : '?'
    const { status, body } = await get(sb, `${path}${sep}pageSize=${size}${cursor ? `&cursor=${cursor}` : ''}`)
    expect(status).toBe(200)
    ids.push(...body.data.map((x: Row) => x.id))
    if (!body.meta.hasMore) {
      expect(body.meta.nextCursor).toBeUndefined()
      return { ids, last: body.meta }
    }
    expect(body.data).toHaveLength(size)
    cursor = body.meta.nextCursor
    between?.(page, body.data.at(-1))
  }
}

describe('keyset cursors', () => {
  test('paginate() over 2,000 conversions returns each exactly once, newest first', async () => {
    const sb = sandbox(2_000)
    const client = createAgentRef({ apiKey: sb.keys.agentref.merchant, fetch: sb.fetch })
    const seen: Row[] = []
    for await (const c of paginate(listConversions, client, { pageSize: 100 })) seen.push(c as unknown as Row)
    expect(seen.map((c) => c.id)).toEqual(expected(sb, 'conversions').map((c) => c.id))
    expect(seen).toHaveLength(2_050)
  })

  test('conversions recorded between pages neither repeat nor skip an item: new ones stay out, backdated older ones come once', async () => {
    const sb = sandbox(500)
    const before = expected(sb, 'conversions')
    const st = sb.state.agentref
    const affiliates = [...st.affiliates.values()].filter((a) => a.status === 'approved')
    const ahead: Row[] = []
    const { ids } = await walk(sb, '/conversions', 37, (page, last) => {
      const a = affiliates[page % affiliates.length]!
      const record = (createdAt?: number) => sb.recordConversion({ programId: a.programId, affiliateId: a.id, amount: 1_000, createdAt }) as unknown as Row
      // Newer than the cursor (the newest of all; just newer than the last item returned): the
      // export has passed their place, so they are not part of it.
      record()
      record(Date.parse(last.createdAt) + 1)
      // Older than the cursor: still ahead, so each must come, once.
      ahead.push(record(Date.parse(st.conversions.sorted[0]!.createdAt) - page * 1_000))
      ahead.push(record(Date.parse(last.createdAt) - 1))
      // As old as the last item returned: the id decides which side of the cursor it falls on.
      const twin = (id: string) => ({ ...st.conversions.get(last.id)!, id })
      st.conversions.set(`${last.id}z`, twin(`${last.id}z`))
      st.conversions.set(last.id.slice(0, -1), twin(last.id.slice(0, -1)))
      ahead.push(twin(last.id.slice(0, -1)) as unknown as Row)
    })
    expect(new Set(ids).size).toBe(ids.length)
    expect(ahead.length).toBeGreaterThan(40)
    expect(ids).toEqual([...before, ...ahead].sort(newestFirst).map((c) => c.id))
  })

  test('a cursor carries the page number; an offset cursor {o} still works; a bad cursor is a 400', async () => {
    const sb = sandbox(300)
    const all = expected(sb, 'conversions')
    const first = await get(sb, '/conversions?pageSize=40')
    const second = await get(sb, `/conversions?pageSize=40&cursor=${first.body.meta.nextCursor}`)
    expect(second.body.meta).toMatchObject({ total: all.length, page: 2, pageSize: 40, hasMore: true })
    expect(second.body.data.map((x: Row) => x.id)).toEqual(all.slice(40, 80).map((x) => x.id))
    const offset = Buffer.from(JSON.stringify({ o: 80 })).toString('base64url')
    const third = await get(sb, `/conversions?pageSize=40&cursor=${offset}`)
    expect(third.body.data.map((x: Row) => x.id)).toEqual(all.slice(80, 120).map((x) => x.id))
    expect(third.body.meta.page).toBe(3)
    for (const bad of ['garbage!', Buffer.from('{"createdAt":1,"id":"x"}').toString('base64url'), Buffer.from('{"o":-1}').toString('base64url')]) {
      const res = await get(sb, `/conversions?cursor=${bad}`)
      expect(res.status).toBe(400)
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { cursor: 'unknown cursor' } })
    }
    // A list sorted per request reads a keyset cursor by its offset.
    expect((await get(sb, `/programs?pageSize=1&cursor=${first.body.meta.nextCursor}`)).body.meta).toMatchObject({ page: 41, hasMore: false })
  })
})

describe('filtered pages equal filter + sort + slice of the whole state', () => {
  test('conversions: every filter, alone and combined, by page number and by cursor, with the right total', async () => {
    const sb = sandbox(1_500)
    const st = sb.state.agentref
    const own = [...st.programs.values()].filter((p) => p.merchantId === st.merchant.id)
    const someAffiliate = [...st.affiliates.values()][3]!
    const mid = st.conversions.sorted[700]!.createdAt
    const early = st.conversions.sorted[200]!.createdAt
    // Status changes in place (as refunds do) must show in the next page and total.
    for (const c of st.conversions.sorted.slice(0, 300)) sb.refundConversion(c.id)
    const queries: Record<string, string>[] = [
      {},
      { programId: own[0]!.id },
      { programId: own[1]!.id },
      { programId: 'prg_unknown' },
      { affiliateId: someAffiliate.id },
      { status: 'refunded' },
      { status: 'approved', programId: own[0]!.id },
      { startDate: early },
      { endDate: mid },
      { from: early, to: mid, status: 'pending' },
      { startDate: early, affiliateId: someAffiliate.id },
    ]
    for (const q of queries) {
      const want = expected(sb, 'conversions', q)
      const qs = new URLSearchParams(q).toString()
      for (const [size, page] of [
        [20, 1],
        [20, 3],
        [100, 2],
        [7, 40],
      ] as const) {
        const { body } = await get(sb, `/conversions?${qs}&pageSize=${size}&page=${page}`)
        expect(body.data.map((x: Row) => x.id), `${qs} page ${page}`).toEqual(want.slice((page - 1) * size, page * size).map((x) => x.id))
        expect(body.meta, `${qs} page ${page}`).toMatchObject({ total: want.length, page, pageSize: size, hasMore: page * size < want.length })
      }
      const byOffset = await get(sb, `/conversions?${qs}&limit=9&offset=13`)
      expect(byOffset.body.data.map((x: Row) => x.id)).toEqual(want.slice(13, 22).map((x) => x.id))
      const { ids, last } = await walk(sb, `/conversions?${qs}`, 64)
      expect(ids, qs).toEqual(want.map((x) => x.id))
      expect(last.total).toBe(want.length)
      expect(last.page).toBe(Math.max(1, Math.ceil(want.length / 64)))
    }
  })

  test('a deleted program drops out of the list and its total, with cursors too', async () => {
    const sb = sandbox(400)
    const st = sb.state.agentref
    const program = [...st.programs.values()].find((p) => p.merchantId === st.merchant.id && st.conversions.counts.get(p.id))!
    const first = await get(sb, '/conversions?pageSize=50')
    const res = await sb.fetch(`${BASE}/programs/${program.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${sb.keys.agentref.merchant}` } })
    expect(res.status).toBe(200)
    const want = expected(sb, 'conversions')
    expect(want.length).toBeLessThan(first.body.meta.total)
    const second = await get(sb, `/conversions?pageSize=50&cursor=${first.body.meta.nextCursor}`)
    const rest = want.filter((x) => newestFirst(x, { ...x, ...first.body.data.at(-1) }) > 0)
    expect(second.body.data.map((x: Row) => x.id)).toEqual(rest.slice(0, 50).map((x) => x.id))
    expect(second.body.meta).toMatchObject({ total: want.length, page: 2, hasMore: rest.length > 50 })
    expect((await walk(sb, `/conversions?programId=${program.id}`, 10)).ids).toEqual([])
  })

  test('payouts, flags and applications page like their filter + sort', async () => {
    const sb = sandbox(0)
    const st = sb.state.agentref
    const payouts = expected(sb, 'payouts')
    expect(payouts.length).toBeGreaterThan(0)
    expect((await walk(sb, '/payouts', 1)).ids).toEqual(payouts.map((x) => x.id))
    expect((await walk(sb, '/payouts?status=completed', 2)).ids).toEqual(expected(sb, 'payouts', { status: 'completed' }).map((x) => x.id))
    const flags = [...st.flags.values()] as unknown as (Row & { type: string })[]
    expect((await walk(sb, '/flags', 1)).ids).toEqual([...flags].sort(newestFirst).map((x) => x.id))
    expect((await walk(sb, '/flags?status=open', 1)).ids).toEqual(flags.filter((x) => x.status === 'open').sort(newestFirst).map((x) => x.id))
    const apps = [...st.applications.values()] as unknown as Row[]
    expect((await walk(sb, '/applications', 3)).ids).toEqual([...apps].sort(newestFirst).map((x) => x.id))
    expect((await get(sb, '/applications?status=pending')).body.meta.total).toBe(apps.filter((x) => x.status === 'pending').length)
    const recent = await get(sb, '/conversions/recent?limit=5')
    expect(recent.body.data.map((x: Row) => x.id)).toEqual(expected(sb, 'conversions').slice(0, 5).map((x) => x.id))
  })

  test("the affiliate's own payouts and earnings walk by cursor too", async () => {
    const sb = sandbox(600)
    const st = sb.state.agentref
    const mine = [...st.affiliates.values()].filter((a) => a.userId === st.me.id)
    const programId = mine[0]!.programId
    const want = ([...st.conversions.values()] as Row[]).filter((x) => x.affiliateId === mine[0]!.id).sort(newestFirst)
    const rows: string[] = []
    let cursor: string | undefined
    do {
      const { body } = await get(sb, `/me/earnings/${programId}?pageSize=25${cursor ? `&cursor=${cursor}` : ''}`, sb.keys.agentref.affiliate)
      expect(body.meta.total).toBe(want.length)
      rows.push(...body.data.map((x: { conversionId: string }) => x.conversionId))
      cursor = body.meta.nextCursor
    } while (cursor)
    expect(rows).toEqual(want.map((x) => x.id))
    const ids = new Set(mine.map((a) => a.id))
    const payouts = ([...st.payouts.values()] as Row[]).filter((p) => ids.has(p.affiliateId)).sort(newestFirst)
    const { body } = await get(sb, '/me/payouts?pageSize=100', sb.keys.agentref.affiliate)
    expect(body.data.map((x: Row) => x.id)).toEqual(payouts.map((x) => x.id))
  })
})

describe('bulk seed', () => {
  test('adds N seed-determined conversions, one a minute up to now, across the approved affiliates', () => {
    const a = sandbox(1_000, 9)
    const b = sandbox(1_000, 9)
    const base = sandbox(0, 9)
    expect(a.counts().agentref.conversions).toBe(1_050)
    expect(base.counts().agentref.conversions).toBe(50)
    const ids = (sb: InProcessSandbox) => [...sb.state.agentref.conversions.keys()]
    expect(ids(a)).toEqual(ids(b))
    // The seeded world is the same with or without bulk.
    expect(ids(a).slice(0, 50)).toEqual(ids(base))
    const bulk = [...a.state.agentref.conversions.values()].slice(50)
    const times = bulk.map((c) => Date.parse(c.createdAt))
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBe(60_000)
    expect(Date.now() - times.at(-1)!).toBeLessThan(60_000 + 5_000)
    expect(Date.now() - times[0]!).toBeLessThan(1_000 * 60_000 + 5_000)
    expect(new Set(bulk.map((c) => c.affiliateId)).size).toBeGreaterThan(5)
    const blocked = new Set([...a.state.agentref.affiliates.values()].filter((x) => x.status === 'blocked').map((x) => x.id))
    expect(bulk.filter((c) => blocked.has(c.affiliateId))).toEqual([])
    expect(a.state.agentref.conversions.sorted).toHaveLength(1_050)
    expect(Date.now() - times[0]!).toBeGreaterThan(0.9 * DAY * (1_000 / 1_440))
  })

  test('100,000 conversions seed in a moment (under a second here; 5 s allowed for a loaded machine)', () => {
    const start = performance.now()
    const sb = sandbox(100_000)
    expect(performance.now() - start).toBeLessThan(5_000)
    expect(sb.state.agentref.conversions.sorted).toHaveLength(100_050)
  })

  test('the CLI takes --conversions N (and refuses a bad N)', async () => {
    const cli = await startCli('node', ['--port', '0', '--conversions', '2000'])
    try {
      expect(cli.output()).toContain('2000 extra conversions')
      const res = await fetch(`${cli.agentrefUrl}/conversions?pageSize=1`, { headers: { authorization: 'Bearer ak_live_zibGbrpBsoYH34rT36s9WSLa' } })
      expect(((await res.json()) as any).meta.total).toBe(2_050)
    } finally {
      expect(await cli.stop()).toBe(0)
    }
    const child = spawn(process.execPath, [await bundleCli(), '--conversions', '1.5'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let err = ''
    child.stderr.on('data', (chunk) => (err += chunk))
    expect(await new Promise<number | null>((resolve) => child.on('exit', resolve))).toBe(1)
    expect(err).toContain('--conversions must be a non-negative integer')
  }, 30_000)
})
