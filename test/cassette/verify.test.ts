// verifyCassette on a recording of the sandbox, then on copies doctored one way each: a type
// change, a missing field, a new field, a path no operation has.
import { beforeAll, describe, expect, test } from 'vitest'
import * as ac from '../../src/agentclick/index.js'
import * as ar from '../../src/agentref/index.js'
import * as ag from '../../src/agentries/index.js'
import { recordFetch, verifyCassette, type Cassette, type HarEntry } from '../../src/cassette/index.js'
import { createSandbox } from '../../src/sandbox/index.js'

let cassette: Cassette

beforeAll(async () => {
  const sb = createSandbox({ seed: 4 })
  const { fetch, cassette: recorded } = recordFetch({ fetch: sb.fetch })
  const merchant = ar.createAgentRef({ apiKey: sb.keys.agentref.merchant, fetch })
  const agent = ac.createAgentClick({ apiKey: sb.keys.agentclick.agent, fetch })
  const agentries = ag.createAgentries({ did: sb.keys.agentries.did, privateKey: sb.keys.agentries.privateKey, fetch })
  const { data } = await ar.listPrograms(merchant)
  await ar.getProgram(merchant, data[0]!.id)
  await ar.listCoupons(merchant, data[0]!.id)
  await ac.searchPrograms(agent, { per_page: 2 })
  await ag.getReferralStats(agentries)
  cassette = recorded
  await sb.close()
})

/** A copy of the cassette with one entry's response body changed. */
function doctored(operation: string, change: (body: any) => void): { copy: Cassette; index: number } {
  const copy: Cassette = JSON.parse(JSON.stringify(cassette))
  const index = verifyCassette(copy).entries.findIndex((e) => e.operation === operation)
  const entry: HarEntry = copy.log.entries[index]!
  const body = JSON.parse(entry.response.content.text)
  change(body)
  entry.response.content.text = JSON.stringify(body)
  return { copy, index }
}

const serious = (c: Cassette) => verifyCassette(c).findings.filter((f) => f.kind !== 'unknown-field')

describe('verifyCassette', () => {
  test('finds the operation of each entry, the token mint and an AgentClick action included', () => {
    expect(verifyCassette(cassette).entries.map((e) => e.operation)).toEqual([
      'agentref.listPrograms',
      'agentref.getProgram',
      'agentref.listCoupons',
      'agentclick.searchPrograms',
      'agentries.getAuthToken',
      'agentries.getReferralStats',
    ])
  })

  test('a recording of the sandbox has no finding but unknown fields', () => {
    expect(serious(cassette)).toEqual([])
  })

  test('a type change: the field, our type and what came', () => {
    const { copy, index } = doctored('agentref.listPrograms', (body) => (body.data[1].commissionPercent = '15'))
    expect(serious(copy)).toEqual([{ entry: index, operation: 'agentref.listPrograms', path: 'data[1].commissionPercent', kind: 'type', expected: 'number', actual: 'string' }])
  })

  test('an enum value we do not list is a type finding', () => {
    const { copy } = doctored('agentref.getProgram', (body) => (body.data.status = 'suspended'))
    expect(serious(copy)).toEqual([expect.objectContaining({ path: 'status', kind: 'type', expected: 'one of "active", "paused", "archived"', actual: '"suspended"' })])
  })

  test('a missing required field, in a wrapped result too', () => {
    const { copy, index } = doctored('agentref.getProgram', (body) => delete body.data.name)
    expect(serious(copy)).toEqual([{ entry: index, operation: 'agentref.getProgram', path: 'name', kind: 'missing', expected: 'string' }])
    const coupons = doctored('agentref.listCoupons', (body) => body.data.push({ id: 'cpn_1' }))
    expect(serious(coupons.copy).map((f) => [f.path, f.kind])).toContainEqual(['result[0].code', 'missing'])
  })

  test('a new field is information, named where it is', () => {
    const { copy, index } = doctored('agentref.getProgram', (body) => (body.data.brandNewField = { nested: true }))
    expect(serious(copy)).toEqual([])
    expect(verifyCassette(copy).findings).toContainEqual({ entry: index, operation: 'agentref.getProgram', path: 'brandNewField', kind: 'unknown-field', actual: 'object' })
  })

  test('a path no operation has, whatever the base URL', () => {
    const copy: Cassette = JSON.parse(JSON.stringify(cassette))
    copy.log.entries[0]!.request.url = 'https://www.agentref.co/api/v1/programs-archive?page=1'
    copy.log.entries[1]!.request.url = copy.log.entries[1]!.request.url.replace(/^.*\/programs\//, 'https://proxy.example.test/agentref/v1/programs/')
    const report = verifyCassette(copy)
    expect(report.entries[1]!.operation).toBe('agentref.getProgram')
    expect(report.findings.filter((f) => f.kind === 'unknown-operation')).toEqual([{ entry: 0, operation: 'GET /api/v1/programs-archive', path: '', kind: 'unknown-operation' }])
  })

  test('an envelope that is not there, and a body that is not JSON', () => {
    const noEnvelope = doctored('agentref.getProgram', (body) => delete body.data)
    expect(serious(noEnvelope.copy)).toEqual([expect.objectContaining({ path: '', kind: 'missing', expected: 'a "data" envelope' })])
    const copy: Cassette = JSON.parse(JSON.stringify(cassette))
    copy.log.entries[5]!.response.content.text = '<html>maintenance</html>'
    expect(serious(copy)).toEqual([expect.objectContaining({ operation: 'agentries.getReferralStats', path: '', kind: 'type', expected: 'JSON', actual: 'text' })])
  })

  test('only 2xx bodies are held against our types', () => {
    const { copy } = doctored('agentref.getProgram', (body) => (body.data = { error: 'gone' }))
    copy.log.entries[1]!.response.status = 404
    expect(serious(copy)).toEqual([])
  })
})
