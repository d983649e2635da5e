// A request the cassette does not answer: the CassetteMissError names the nearest recorded request
// and each kind of difference (method, origin, path, query key, JSON path of the body).
import { beforeAll, describe, expect, test } from 'vitest'
import { CassetteMissError, recordFetch, replayFetch, type Cassette } from '../../src/cassette/index.js'

let cassette: Cassette
const ok = async () => new Response('{}', { headers: { 'content-type': 'application/json' } })

beforeAll(async () => {
  const recorder = recordFetch({ fetch: ok })
  cassette = recorder.cassette
  await recorder.fetch('https://api.example.test/v1/programs?status=active&page=1')
  await recorder.fetch('https://api.example.test/v1/programs/prg_1/affiliates')
  await recorder.fetch('https://api.example.test/v1/payouts', { method: 'POST', body: JSON.stringify({ affiliateId: 'aff_1', amount: 100, meta: { tags: ['a', 'b'] } }) })
})

async function miss(url: string, init?: RequestInit): Promise<CassetteMissError> {
  const error = await replayFetch(cassette)(url, init).then(
    () => expect.unreachable('the request was answered'),
    (e) => e,
  )
  expect(error).toBeInstanceOf(CassetteMissError)
  return error
}

describe('CassetteMissError', () => {
  test('a method: the nearest is the same route', async () => {
    const error = await miss('https://api.example.test/v1/programs?status=active&page=1', { method: 'DELETE' })
    expect(error.nearest).toEqual({ entry: 0, method: 'GET', url: 'https://api.example.test/v1/programs?status=active&page=1' })
    expect(error.differences).toEqual([{ kind: 'method', recorded: 'GET', sent: 'DELETE' }])
    expect(error.message).toContain('method: recorded GET, sent DELETE')
  })

  test('an origin', async () => {
    const error = await miss('https://eu.api.example.test/v1/programs?status=active&page=1')
    expect(error.differences).toEqual([{ kind: 'origin', recorded: 'https://api.example.test', sent: 'https://eu.api.example.test' }])
    expect(error.message).toContain('origin: recorded https://api.example.test, sent https://eu.api.example.test')
  })

  test('a path: the nearest is the route with most segments in common', async () => {
    const error = await miss('https://api.example.test/v1/programs/prg_2/affiliates')
    expect(error.nearest?.entry).toBe(1)
    expect(error.differences).toEqual([{ kind: 'path', recorded: '/v1/programs/prg_1/affiliates', sent: '/v1/programs/prg_2/affiliates' }])
    expect(error.message).toContain('path: recorded /v1/programs/prg_1/affiliates, sent /v1/programs/prg_2/affiliates')
  })

  test('a query key, by name, with both sides', async () => {
    const error = await miss('https://api.example.test/v1/programs?status=paused&page=1')
    expect(error.differences).toEqual([{ kind: 'query', key: 'status', recorded: ['active'], sent: ['paused'] }])
    expect(error.message).toContain('query "status": recorded ["active"], sent ["paused"]')
    const repeated = await miss('https://api.example.test/v1/programs?status=active&page=1&page=2')
    expect(repeated.differences).toEqual([{ kind: 'query', key: 'page', recorded: ['1'], sent: ['1', '2'] }])
    const absent = await miss('https://api.example.test/v1/programs?status=active')
    expect(absent.message).toContain('query "page": recorded ["1"], sent []')
  })

  test('the JSON path of the first body difference', async () => {
    const url = 'https://api.example.test/v1/payouts'
    const post = (body: unknown) => miss(url, { method: 'POST', body: JSON.stringify(body) })
    const amount = await post({ affiliateId: 'aff_1', amount: 200, meta: { tags: ['a', 'b'] } })
    expect(amount.differences).toEqual([{ kind: 'body', path: 'amount', recorded: 100, sent: 200 }])
    expect(amount.message).toContain('body at amount: recorded 100, sent 200')
    const deep = await post({ affiliateId: 'aff_1', amount: 100, meta: { tags: ['a', 'c'] } })
    expect(deep.differences).toEqual([{ kind: 'body', path: 'meta.tags[1]', recorded: 'b', sent: 'c' }])
    const extra = await post({ affiliateId: 'aff_1', amount: 100, meta: { tags: ['a', 'b'] }, notes: 'x' })
    expect(extra.message).toContain('body at notes: recorded nothing, sent "x"')
    const text = await miss(url, { method: 'POST', body: 'not json' })
    expect(text.message).toContain('body at (the whole body)')
  })

  test('several differences at once are all named; an empty cassette says so', async () => {
    const error = await miss('https://api.example.test/v1/programs?status=paused&page=1', { method: 'POST', body: '{}' })
    expect(error.differences.map((d) => d.kind)).toEqual(['method', 'query', 'body'])
    const empty = await replayFetch({ log: { version: '1.2', creator: { name: 'x', version: '1' }, entries: [] } })('https://api.example.test/').catch((e) => e)
    expect(empty.message).toMatch(/the cassette is empty/)
    expect(empty.nearest).toBeUndefined()
  })

  test('names the request redacted, as a recording would hold it', async () => {
    const error = await miss('https://api.example.test/v1/nothing?key=ak_live_secretInTheQuery123', { headers: { authorization: 'Bearer ak_live_secretInTheQuery123' } })
    expect(error.message).not.toContain('secretIn')
    expect(JSON.stringify(error.request)).not.toContain('secretIn')
  })
})
