// A rate limiter of the caller's own, plugged into createAgentClick({ rateLimit }).
import { describe, expect, it } from 'vitest'
import { createAgentClick, getProfile, recordConversion, trackClick, type RateLimitBucket, type RateLimiter } from '../../src/agentclick/index.js'
import { KEY } from './fixture.js'

const ok = (): Response => new Response(JSON.stringify({ success: true, data: {} }), { headers: { 'content-type': 'application/json' } })

/** A limiter that grants slots by hand, as a shared store (a Durable Object, Redis) would. */
function manualLimiter() {
  const waiting: { bucket: RateLimitBucket; grant: () => void; refuse: (e: unknown) => void }[] = []
  const limiter: RateLimiter = {
    take: (bucket, signal) =>
      new Promise<void>((grant, refuse) => {
        if (signal?.aborted) return refuse(signal.reason)
        signal?.addEventListener('abort', () => refuse(signal.reason), { once: true })
        waiting.push({ bucket, grant, refuse })
      }),
  }
  return { limiter, waiting }
}

describe('createAgentClick({ rateLimit: yourLimiter })', () => {
  it('every call takes one slot of its class before anything is sent, and is sent once granted', async () => {
    const sent: string[] = []
    const fetch = async (_url: string, init: RequestInit): Promise<Response> => (sent.push(JSON.parse(String(init.body)).action), ok())
    const { limiter, waiting } = manualLimiter()
    const client = createAgentClick({ apiKey: KEY, fetch, rateLimit: limiter })
    expect(client.rateLimiter).toBe(limiter)
    const click = trackClick(client, { partnership_id: 7 })
    const profile = getProfile(client)
    const conversion = recordConversion(client, { tracking_code: 'a'.repeat(32), order_id: 'o-1', amount: 100 })
    await Promise.resolve()
    expect(waiting.map((w) => w.bucket)).toEqual(['write', 'read', 'write'])
    expect(sent).toEqual([])
    waiting[1]!.grant()
    await profile
    expect(sent).toEqual(['common.profile'])
    waiting[0]!.grant()
    waiting[2]!.grant()
    await Promise.all([click, conversion])
    expect(sent).toEqual(['common.profile', 'agent.track_click', 'agent.record_conversion'])
  })

  it("the limiter's own refusal is the call's rejection, unchanged, and nothing is sent", async () => {
    let sent = 0
    class TooBusy extends Error {
      retryAfter = 12
    }
    const refusal = new TooBusy('budget spent')
    const client = createAgentClick({ apiKey: KEY, fetch: async () => (sent++, ok()), rateLimit: { take: async () => Promise.reject(refusal) } })
    await expect(trackClick(client, { partnership_id: 1 })).rejects.toBe(refusal)
    expect(sent).toBe(0)
  })

  it("the call's signal reaches the limiter: an abort while waiting rejects with its reason", async () => {
    let sent = 0
    const { limiter, waiting } = manualLimiter()
    const client = createAgentClick({ apiKey: KEY, fetch: async () => (sent++, ok()), rateLimit: limiter })
    const controller = new AbortController()
    const call = trackClick(client, { partnership_id: 1 }, { signal: controller.signal })
    await Promise.resolve()
    expect(waiting).toHaveLength(1)
    controller.abort(new Error('visitor left'))
    await expect(call).rejects.toThrow('visitor left')
    expect(sent).toBe(0)
  })

  it('rejects anything that is neither a boolean nor a limiter, at creation', () => {
    for (const bad of ['yes', 1, {}, { take: 'soon' }, null]) {
      expect(() => createAgentClick({ apiKey: KEY, rateLimit: bad as never })).toThrow(/rateLimit must be a boolean or an object with a take/)
    }
    expect(createAgentClick({ apiKey: KEY, rateLimit: false }).rateLimiter).toBeUndefined()
  })
})

describe('a signal that is not an AbortSignal', () => {
  it('is refused before the limiter is asked for a slot', async () => {
    const asked: string[] = []
    const limiter = { take: async (bucket: string) => void asked.push(bucket) }
    const client = createAgentClick({ apiKey: `aa_${'ab'.repeat(24)}`, baseUrl: 'http://127.0.0.1:9/api/mcp.php', rateLimit: limiter })
    const error = await trackClick(client, { partnership_id: 1 }, { signal: {} as AbortSignal }).catch((e) => e)
    expect(error.name).toBe('AffiliateError')
    // Nor does any other input refused unsent take a slot.
    const badHeader = await trackClick(client, { partnership_id: 1 }, { headers: { 'bad name': 'x' } }).catch((e) => e)
    expect(badHeader.name).toBe('AffiliateError')
    expect(asked).toEqual([])
  })
})
