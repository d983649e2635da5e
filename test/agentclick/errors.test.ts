import { describe, expect, it } from 'vitest'
import * as ac from '../../src/agentclick/index.js'
import { KEY, useServer } from './fixture.js'

describe('AgentClick: errors and input checks', () => {
  const { server, client } = useServer()

  it('success:false with HTTP 200 is an ApiError carrying the server message', async () => {
    server().handle(() => ({ body: { success: false, message: 'program is closed' } }))
    const error = await ac.getProgram(client(), { program_id: 1 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ac.ApiError)
    expect(error).toMatchObject({ status: 200, provider: 'agentclick' })
    expect((error as Error).message).toContain('program is closed')
    expect(server().requests).toHaveLength(1)
  })

  it.each([
    [400, ac.ValidationError],
    [401, ac.AuthError],
    [403, ac.ForbiddenError],
    [404, ac.NotFoundError],
    [409, ac.ConflictError],
    [422, ac.ValidationError],
    [429, ac.RateLimitError],
  ])('HTTP %i → %o, with the server message', async (status, Class) => {
    server().handle(() => ({ status, body: { success: false, message: `failed with ${status}` } }))
    const error = await ac.applyForPartnership(client(), { program_id: 3 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Class)
    expect(error).toMatchObject({ status })
    expect((error as Error).message).toContain(`failed with ${status}`)
    expect(server().requests).toHaveLength(1)
  })

  it('a read that gets 429 is retried (Retry-After obeyed)', async () => {
    let n = 0
    server().handle(() => (n++ === 0 ? { status: 429, headers: { 'retry-after': '0' }, body: { success: false, message: 'slow down' } } : { body: { success: true, data: { categories: [] } } }))
    await expect(ac.listCategories(client())).resolves.toEqual({ categories: [] })
    expect(server().requests).toHaveLength(2)
  })

  it('an empty 200 body resolves to undefined', async () => {
    server().handle(() => ({ status: 200 }))
    await expect(ac.markNotificationsRead(client())).resolves.toBeUndefined()
  })

  it('health is sent without Authorization, and works with no key at all', async () => {
    const anonymous = ac.createAgentClick({ baseUrl: `${server().url}/api/mcp.php`, apiKey: undefined })
    await ac.checkHealth(anonymous)
    expect(server().requests[0]!.headers.authorization).toBeUndefined()
  })

  it.each([
    ['getProgram', {}, 'program_id'],
    ['getProgram', { program_id: '7' }, 'program_id'],
    ['getAgentProgram', { program_id: 1.5 }, 'program_id'],
    ['applyForPartnership', { program_id: Number.NaN }, 'program_id'],
    ['cancelPartnership', {}, 'partnership_id'],
    ['generateLinks', { partnership_id: Infinity }, 'partnership_id'],
    ['applyForSelfback', {}, 'program_id'],
    ['trackClick', { context: 'chatbot' }, 'partnership_id'],
    ['recordConversion', { tracking_code: 'abc123...' }, 'tracking_code'],
    ['recordConversion', { tracking_code: 'g'.repeat(32) }, 'tracking_code'],
  ])('%s(%j) is refused before sending (%s)', async (name, params, field) => {
    const fn = (ac as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[name]!
    const error = await fn(client(), params).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ac.AffiliateError)
    expect(error).not.toBeInstanceOf(ac.ApiError)
    expect((error as Error).message).toContain(field)
    expect(server().requests).toHaveLength(0)
  })

  it('refuses non-object params and bad actions before sending', async () => {
    await expect(ac.callAction(client(), 'common.stats', [] as never)).rejects.toBeInstanceOf(ac.AffiliateError)
    await expect(ac.callAction(client(), '')).rejects.toBeInstanceOf(ac.AffiliateError)
    await expect(ac.searchPrograms(client(), { min_reward: Number.POSITIVE_INFINITY })).rejects.toBeInstanceOf(ac.AffiliateError)
    expect(server().requests).toHaveLength(0)
  })

  it('calls needing a key fail before sending when the client has none', async () => {
    const anonymous = ac.createAgentClick({ baseUrl: server().url, apiKey: undefined })
    await expect(ac.getProfile(anonymous)).rejects.toBeInstanceOf(ac.AffiliateError)
    expect(server().requests).toHaveLength(0)
  })
})

describe('AgentClick: API key format', () => {
  const make = (apiKey: string): unknown => {
    try {
      ac.createAgentClick({ apiKey })
    } catch (error) {
      return error
    }
    return undefined
  }

  it('accepts aa_ + 48 hex, either case', () => {
    expect(make(KEY)).toBeUndefined()
    expect(make(KEY.toUpperCase().replace('AA_', 'aa_'))).toBeUndefined()
  })

  it.each([
    [`ak_live_${'x'.repeat(32)}`, /AgentRef/],
    [`ak_aff_${'x'.repeat(32)}`, /AgentRef/],
    [`ak_onb_${'x'.repeat(32)}`, /AgentRef/],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkaWQ6d2ViIn0.c2ln', /JWT.*Agentries/],
    [`bb_${'a'.repeat(48)}`, /start with "aa_"/],
    [`aa_${'a'.repeat(40)}`, /40 characters after "aa_", expected 48/],
    [`aa_${'z'.repeat(48)}`, /not hex/],
  ])('refuses %s, saying why and never quoting the key', (key, reason) => {
    const error = make(key)
    expect(error).toBeInstanceOf(ac.AffiliateError)
    expect(error).toMatchObject({ provider: 'agentclick' })
    expect((error as Error).message).toMatch(reason)
    expect((error as Error).message).not.toContain(key)
    expect(JSON.stringify(error)).not.toContain(key)
  })

  it('checks a key from AGENTCLICK_API_KEY the same way, naming the variable', () => {
    const previous = process.env.AGENTCLICK_API_KEY
    process.env.AGENTCLICK_API_KEY = 'ak_live_abc'
    try {
      expect(() => ac.createAgentClick()).toThrow(/AGENTCLICK_API_KEY looks like an AgentRef API key/)
    } finally {
      if (previous === undefined) delete process.env.AGENTCLICK_API_KEY
      else process.env.AGENTCLICK_API_KEY = previous
    }
  })

  it('the client is frozen and does not show the key', () => {
    const client = ac.createAgentClick({ apiKey: KEY })
    expect(Object.isFrozen(client)).toBe(true)
    expect(JSON.stringify(client)).not.toContain(KEY)
  })
})
