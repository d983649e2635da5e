// createToolRunner against the real sandbox: access gating, validation before sending, API errors as
// results, and a tool call run twice that pays once.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createAgentClick } from '../../src/agentclick/index.js'
import { createAgentRef } from '../../src/agentref/index.js'
import { createAgentries } from '../../src/agentries/index.js'
import { startSandbox } from '../../src/sandbox/index.js'
import { createToolRunner, toAnthropicTools, toOpenAITools, tools } from '../../src/tools/index.js'

let sb: Awaited<ReturnType<typeof startSandbox>>
const sent: { method: string; url: string; key: string | null }[] = []
/** Global fetch, noting each request's Idempotency-Key on the way to the sandbox. */
const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init)
  sent.push({ method: request.method, url: request.url, key: request.headers.get('idempotency-key') })
  return fetch(request)
}
let clients: { agentref: ReturnType<typeof createAgentRef>; agentclick: ReturnType<typeof createAgentClick>; agentries: ReturnType<typeof createAgentries> }

beforeAll(async () => {
  sb = await startSandbox({ seed: 11, faults: 'GET /flags/stats:503:1' })
  clients = {
    agentref: createAgentRef({ apiKey: sb.keys.agentref.merchant, baseUrl: sb.agentrefUrl, fetch: recordingFetch, maxRetries: 0 }),
    agentclick: createAgentClick({ apiKey: sb.keys.agentclick.agent, baseUrl: sb.agentclickUrl }),
    agentries: createAgentries({ did: sb.keys.agentries.did, privateKey: sb.keys.agentries.privateKey, baseUrl: sb.agentriesUrl }),
  }
})
afterAll(() => sb?.close())

describe('createToolRunner', () => {
  test('serves only read tools by default, only for the providers it has clients for', () => {
    const runner = createToolRunner({ agentclick: clients.agentclick })
    expect(runner.tools.length).toBe(tools.filter((t) => t.provider === 'agentclick' && t.access === 'read').length)
    expect(runner.tools.every((t) => t.access === 'read' && t.provider === 'agentclick')).toBe(true)
    const all = createToolRunner({ ...clients, allow: ['read', 'write', 'money', 'destructive'] })
    expect(all.tools.length).toBe(116)
    expect(() => createToolRunner({ allow: ['admin' as 'read'] })).toThrow(/allow/)
  })

  test('runs a read tool: path parameters and params mapped onto the function', async () => {
    const runner = createToolRunner(clients)
    const list = await runner.run('agentref_list_programs', { status: 'active', pageSize: 2 })
    expect(list.ok).toBe(true)
    const { data } = (list as { result: { data: { id: string }[] } }).result
    expect(data.length).toBeGreaterThan(0)
    const one = await runner.run('agentref_get_program', JSON.stringify({ id: data[0]!.id }))
    expect(one).toMatchObject({ ok: true, result: { id: data[0]!.id } })
    const search = await runner.run('agentclick_search_programs', { per_page: 3 })
    expect(search).toMatchObject({ ok: true, result: { programs: expect.any(Array) } })
    const stats = await runner.run('agentries_get_referral_stats', undefined)
    expect(stats).toMatchObject({ ok: true, result: { total_referrals: expect.any(Number) } })
  })

  test('refuses unknown and disallowed tools, and sends nothing', async () => {
    const runner = createToolRunner({ agentref: clients.agentref })
    const before = sb.requests.length
    expect(await runner.run('agentref_drop_database', {})).toMatchObject({ ok: false, error: { name: 'UnknownTool', retryable: false } })
    const payout = await runner.run('agentref_create_payout', { affiliateId: 'a', programId: 'p', method: 'paypal' })
    expect(payout).toMatchObject({ ok: false, error: { name: 'ToolNotAllowed', message: expect.stringContaining('money') } })
    expect(await runner.run('agentclick_search_programs', {})).toMatchObject({ ok: false, error: { name: 'ToolNotAllowed', message: expect.stringContaining('no agentclick client') } })
    expect(sb.requests.length).toBe(before)
  })

  test('arguments that fail the schema come back naming the field; nothing is sent', async () => {
    const runner = createToolRunner({ ...clients, allow: ['read', 'write'] })
    const before = sb.requests.length
    const cases: [string, unknown, string][] = [
      ['agentref_get_program', {}, '"id" is required'],
      ['agentref_list_programs', { status: 'deleted' }, '"status" must be one of'],
      ['agentref_list_programs', { pageSize: 2.5 }, '"pageSize" must be an integer'],
      ['agentclick_track_click', { partnership_id: 1, referrer: 'x' }, '"referrer" is not allowed'],
      ['agentref_create_webhook', { name: 'n', url: 'ftp is not', subscribedEvents: [] }, '"url" must be a valid uri'],
      ['agentref_list_programs', '{"status": ', 'not valid JSON'],
      ['agentref_list_programs', [1], 'must be an object'],
    ]
    for (const [name, args, message] of cases) {
      const outcome = await runner.run(name, args)
      expect(outcome, name).toMatchObject({ ok: false, error: { name: 'InvalidArguments', retryable: false } })
      expect((outcome as { error: { message: string } }).error.message).toContain(message)
    }
    expect(sb.requests.length).toBe(before)
  })

  test('API errors are results with status, code and retryable, free of the credential', async () => {
    const runner = createToolRunner(clients)
    const missing = await runner.run('agentref_get_program', { id: 'prg_nope' })
    expect(missing).toMatchObject({ ok: false, error: { name: 'NotFoundError', status: 404, code: 'NOT_FOUND', retryable: false } })
    const flaky = await runner.run('agentref_get_flag_stats', {}) // the sandbox answers 503 once
    expect(flaky).toMatchObject({ ok: false, error: { name: 'ServerError', status: 503, retryable: true } })
    for (const outcome of [missing, flaky]) expect(JSON.stringify(outcome)).not.toContain(sb.keys.agentref.merchant.slice(0, 8))
    const badKey = createToolRunner({ agentref: createAgentRef({ apiKey: 'ak_live_wrong_but_secret_key', baseUrl: sb.agentrefUrl }) })
    const denied = await badKey.run('agentref_list_programs', {})
    expect(denied).toMatchObject({ ok: false, error: { name: 'AuthError', status: 401 } })
    expect(JSON.stringify(denied)).not.toContain('wrong_but')
  })

  test('an aborted call resolves to an AbortError result', async () => {
    const runner = createToolRunner(clients)
    const outcome = await runner.run('agentref_list_programs', {}, { signal: AbortSignal.abort() })
    expect(outcome).toMatchObject({ ok: false, error: { name: 'AbortError' } })
  })

  test('an AgentRef POST run twice with the same toolCallId pays once', async () => {
    const runner = createToolRunner({ ...clients, allow: ['read', 'money'] })
    const owed = await runner.run('agentref_list_pending_affiliates', {})
    const payee = (owed as { result: { data: { affiliateId: string; programId: string }[] } }).result.data[0]!
    const args = { affiliateId: payee.affiliateId, programId: payee.programId, method: 'paypal', notes: 'tool call' }
    const before = sb.counts().agentref.payouts
    sent.length = 0
    const first = await runner.run('agentref_create_payout', args, { toolCallId: 'call_pay_1' })
    const again = await runner.run('agentref_create_payout', args, { toolCallId: 'call_pay_1' })
    expect(first.ok).toBe(true)
    expect(again).toEqual(first)
    expect(sb.counts().agentref.payouts - before).toBe(1)
    const keys = sent.filter((r) => r.method === 'POST').map((r) => r.key)
    expect(keys).toEqual([keys[0], keys[0]])
    expect(keys[0]).toContain('call_pay_1')
    // The same id with other arguments is refused by the API rather than run.
    const changed = await runner.run('agentref_create_payout', { ...args, notes: 'changed' }, { toolCallId: 'call_pay_1' })
    expect(changed).toMatchObject({ ok: false, error: { status: 409, code: 'IDEMPOTENCY_KEY_REUSED' } })
    expect(sb.counts().agentref.payouts - before).toBe(1)
  })

  test('a toolCallId too long to make a key from is refused before anything is sent', async () => {
    const runner = createToolRunner({ ...clients, allow: ['read', 'write'] })
    sent.length = 0
    const outcome = await runner.run('agentref_create_program', { name: 'Long id', commissionType: 'one_time', commissionPercent: 5 }, { toolCallId: 'é'.repeat(60) })
    expect(outcome).toMatchObject({ ok: false, error: { name: 'InvalidArguments', message: expect.stringContaining('too long') } })
    expect(sent).toEqual([])
  })
})

describe('adapters', () => {
  test('OpenAI and Anthropic shapes are plain JSON over the same schemas', () => {
    const openai = toOpenAITools(tools)
    const anthropic = toAnthropicTools(tools)
    expect(openai.length).toBe(116)
    expect(openai[0]).toEqual({ type: 'function', function: { name: tools[0]!.name, description: tools[0]!.description, parameters: tools[0]!.inputSchema } })
    expect(anthropic[0]).toEqual({ name: tools[0]!.name, description: tools[0]!.description, input_schema: tools[0]!.inputSchema })
    expect(JSON.parse(JSON.stringify(openai))).toEqual(openai)
    expect(JSON.parse(JSON.stringify(anthropic))).toEqual(anthropic)
  })
})
