// The sandbox's sorted index: a Map whose values are also kept ascending by (createdAt, id), and
// the binary search that resolves a keyset cursor to a position.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { Listed } from '../../src/sandbox/shared/listed.js'
import { type Keyed, lowerBound } from '../../src/sandbox/shared/lower-bound.js'

// How many cases each property runs (the convention of test/properties/runs.ts).
const scale = Number(process.env.FC_RUNS_SCALE ?? 1) || 1
const RUNS = { inserts: 1_000 * scale, lowerBound: 2_000 * scale }

interface Item extends Keyed {
  programId: string
  n: number
}

/** The order the index keeps, written independently: a full sort. */
const ascending = (a: Keyed, b: Keyed) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

// Few distinct times, ids and programs, so ties, same-id replacements and shared groups are common.
const time = fc.integer({ min: 0, max: 40 }).map((m) => new Date(Date.UTC(2026, 0, 1, 0, m)).toISOString())
const id = fc.integer({ min: 0, max: 60 }).map((i) => `cnv_${i.toString(16).padStart(12, '0')}`)
const programId = fc.constantFrom('prg_a', 'prg_b', 'prg_c')
const op = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), createdAt: time, id, programId }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), id }) },
)

describe('Listed', () => {
  test('after any sequence of inserts (in any createdAt order), replacements and deletes, `sorted` is a full sort of the values and `counts` their tally', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        const listed = new Listed<Item>()
        const model = new Map<string, Item>()
        ops.forEach((o, n) => {
          if (o.kind === 'set') {
            const item = { createdAt: o.createdAt, id: o.id, programId: o.programId, n }
            listed.set(item.id, item)
            model.set(item.id, item)
          } else {
            expect(listed.delete(o.id)).toBe(model.delete(o.id))
          }
        })
        expect(listed.sorted).toEqual([...model.values()].sort(ascending))
        expect([...listed.entries()]).toEqual([...model.entries()]) // still a Map, in Map order
        for (const p of ['prg_a', 'prg_b', 'prg_c']) expect(listed.counts.get(p) ?? 0).toBe([...model.values()].filter((x) => x.programId === p).length)
      }),
      { numRuns: RUNS.inserts },
    )
  })

  test('adding the newest item appends it; an older one lands in its place; clear() empties all', () => {
    const listed = new Listed<Item>()
    const at = (m: number) => new Date(Date.UTC(2026, 0, 1, 0, m)).toISOString()
    listed.set('b', { createdAt: at(2), id: 'b', programId: 'p', n: 0 })
    listed.set('c', { createdAt: at(3), id: 'c', programId: 'p', n: 1 })
    listed.set('a', { createdAt: at(1), id: 'a', programId: 'q', n: 2 })
    listed.set('c2', { createdAt: at(3), id: 'c2', programId: 'p', n: 3 })
    listed.set('bb', { createdAt: at(2), id: 'bb', programId: 'p', n: 4 })
    expect(listed.sorted.map((x) => x.id)).toEqual(['a', 'b', 'bb', 'c', 'c2'])
    expect(Object.fromEntries(listed.counts)).toEqual({ p: 4, q: 1 })
    listed.clear()
    expect(listed.sorted).toEqual([])
    expect(listed.counts.size).toBe(0)
    expect(listed.size).toBe(0)
  })
})

describe('lowerBound', () => {
  test('is the first position whose item does not sort before the key', () => {
    const item = fc.record({ createdAt: time, id })
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), item, (items, key) => {
        const sorted = items.sort(ascending)
        const at = lowerBound(sorted, key)
        expect(at).toBe(sorted.filter((x) => ascending(x, key) < 0).length)
        for (let i = 0; i < sorted.length; i++) expect(ascending(sorted[i]!, key) < 0).toBe(i < at)
      }),
      { numRuns: RUNS.lowerBound },
    )
  })
})
