import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAgentClick, getProfile, trackClick } from '../../src/agentclick/index.js'
import { createRateLimiter, type Clock } from '../../src/agentclick/rate-limiter.js'
import { KEY } from './fixture.js'

/** Settles pending promise callbacks, then reports which of `promises` have resolved. */
async function settled(promises: Promise<unknown>[]): Promise<boolean[]> {
  const done = promises.map(() => false)
  promises.forEach((p, i) => p.then(() => (done[i] = true), () => {}))
  await vi.advanceTimersByTimeAsync(0)
  return done
}

describe('AgentClick rate limiter (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('lets 200 reads through at once, then one every 300 ms, in order', async () => {
    const limiter = createRateLimiter()
    const burst = Array.from({ length: 200 }, () => limiter.take('read'))
    expect((await settled(burst)).every(Boolean)).toBe(true)
    const queued = [limiter.take('read'), limiter.take('read'), limiter.take('read')]
    expect(await settled(queued)).toEqual([false, false, false])
    await vi.advanceTimersByTimeAsync(299)
    expect(await settled(queued)).toEqual([false, false, false])
    await vi.advanceTimersByTimeAsync(1)
    expect(await settled(queued)).toEqual([true, false, false])
    await vi.advanceTimersByTimeAsync(300)
    expect(await settled(queued)).toEqual([true, true, false])
    await vi.advanceTimersByTimeAsync(300)
    expect(await settled(queued)).toEqual([true, true, true])
    expect(vi.getTimerCount()).toBe(0)
  })

  it('writes have their own bucket: 30, then one every 2 s; reads are not held up', async () => {
    const limiter = createRateLimiter()
    await Promise.all(Array.from({ length: 30 }, () => limiter.take('write')))
    const write = limiter.take('write')
    const read = limiter.take('read')
    expect(await settled([write, read])).toEqual([false, true])
    await vi.advanceTimersByTimeAsync(1999)
    expect(await settled([write])).toEqual([false])
    await vi.advanceTimersByTimeAsync(1)
    expect(await settled([write])).toEqual([true])
  })

  it('refills over time, never above the limit', async () => {
    const limiter = createRateLimiter()
    await Promise.all(Array.from({ length: 30 }, () => limiter.take('write')))
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    const next = Array.from({ length: 31 }, () => limiter.take('write'))
    const done = await settled(next)
    expect(done.filter(Boolean)).toHaveLength(30)
    expect(done[30]).toBe(false)
    await vi.advanceTimersByTimeAsync(2000)
    expect((await settled(next)).every(Boolean)).toBe(true)
  })

  it('an abort rejects a queued wait at once with signal.reason and leaves no timer', async () => {
    const limiter = createRateLimiter()
    await Promise.all(Array.from({ length: 30 }, () => limiter.take('write')))
    const controller = new AbortController()
    const waiting = limiter.take('write', controller.signal)
    expect(vi.getTimerCount()).toBe(1)
    const reason = new Error('stop')
    controller.abort(reason)
    await expect(waiting).rejects.toBe(reason)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('an aborted waiter gives its place to the next one', async () => {
    const limiter = createRateLimiter()
    await Promise.all(Array.from({ length: 30 }, () => limiter.take('write')))
    const controller = new AbortController()
    const first = limiter.take('write', controller.signal)
    const second = limiter.take('write')
    controller.abort()
    await expect(first).rejects.toBeInstanceOf(DOMException)
    await vi.advanceTimersByTimeAsync(2000)
    expect(await settled([second])).toEqual([true])
  })

  it('an already aborted signal rejects without queueing', async () => {
    const limiter = createRateLimiter()
    await expect(limiter.take('read', AbortSignal.abort('gone'))).rejects.toBe('gone')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('a client with rateLimit: true queues the 31st write instead of sending it', async () => {
    let sent = 0
    const fetch = async (): Promise<Response> => {
      sent++
      return new Response(JSON.stringify({ success: true, data: { click_id: 1 } }), { headers: { 'content-type': 'application/json' } })
    }
    const client = createAgentClick({ apiKey: KEY, rateLimit: true, fetch })
    await Promise.all(Array.from({ length: 30 }, () => trackClick(client, { partnership_id: 1 })))
    expect(sent).toBe(30)
    const queued = trackClick(client, { partnership_id: 1 })
    const controller = new AbortController()
    const cancelled = trackClick(client, { partnership_id: 1 }, { signal: controller.signal })
    await getProfile(client)
    expect(sent).toBe(31)
    controller.abort(new Error('user left'))
    await expect(cancelled).rejects.toThrow('user left')
    await vi.advanceTimersByTimeAsync(2000)
    await expect(queued).resolves.toEqual({ click_id: 1 })
    expect(sent).toBe(32)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('is off by default', async () => {
    let sent = 0
    const fetch = async (): Promise<Response> => (sent++, new Response('{"success":true,"data":{}}'))
    const client = createAgentClick({ apiKey: KEY, fetch })
    expect(client.rateLimiter).toBeUndefined()
    await Promise.all(Array.from({ length: 40 }, () => trackClick(client, { partnership_id: 1 })))
    expect(sent).toBe(40)
  })
})

describe('AgentClick rate limiter (injected clock)', () => {
  it('runs on any clock', async () => {
    let now = 0
    const timers: { at: number; fn: () => void }[] = []
    const clock: Clock = {
      now: () => now,
      setTimeout: (fn, ms) => {
        const timer = { at: now + ms, fn }
        timers.push(timer)
        return timer
      },
      clearTimeout: (timer) => timers.splice(timers.indexOf(timer as never), 1),
    }
    const limiter = createRateLimiter(clock, { read: 2, write: 1 })
    await limiter.take('read')
    await limiter.take('read')
    let done = false
    const third = limiter.take('read').then(() => (done = true))
    expect(timers).toHaveLength(1)
    expect(timers[0]!.at).toBe(30_000)
    now = 30_000
    timers.shift()!.fn()
    await third
    expect(done).toBe(true)
    expect(timers).toHaveLength(0)
  })
})
