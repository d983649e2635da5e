import type { FetchLike } from '../../src/core/types.js'

export interface StubCall {
  url: string
  method: string
  headers: Record<string, string>
  body: string | undefined
  signal: AbortSignal | undefined
}

/** A step answers one call: a Response, a thrown error, or 'hang' (never answers until aborted). */
export type Step = Response | Error | 'hang' | ((call: StubCall) => Response | Error | 'hang')

/** A scripted fetch for unit tests: records each call and answers with the next step (the last repeats). */
export function stubFetch(...steps: Step[]): FetchLike & { calls: StubCall[] } {
  const calls: StubCall[] = []
  const fn = async (url: string, init: RequestInit): Promise<Response> => {
    const headers: Record<string, string> = {}
    new Headers(init.headers).forEach((v, k) => (headers[k] = v))
    const call: StubCall = { url, method: init.method ?? 'GET', headers, body: init.body as string | undefined, signal: init.signal ?? undefined }
    calls.push(call)
    let step = steps[Math.min(calls.length - 1, steps.length - 1)]!
    if (typeof step === 'function') step = step(call)
    if (step instanceof Error) throw step
    if (step === 'hang') {
      return new Promise((_, reject) => {
        const signal = init.signal
        if (signal?.aborted) return reject(signal.reason)
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
      })
    }
    return step.clone()
  }
  return Object.assign(fn, { calls })
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } })
}

/** Counts timers started and not yet fired or cleared, by wrapping the global timer functions. */
export function trackTimers(): { pending(): number; restore(): void } {
  const g = globalThis as any
  const { setTimeout: realSet, clearTimeout: realClear } = g
  const live = new Set<unknown>()
  g.setTimeout = (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const id = realSet((...a: unknown[]) => {
      live.delete(id)
      fn(...a)
    }, ms, ...args)
    live.add(id)
    return id
  }
  g.clearTimeout = (id: unknown) => {
    live.delete(id)
    realClear(id)
  }
  return {
    pending: () => live.size,
    restore() {
      g.setTimeout = realSet
      g.clearTimeout = realClear
    },
  }
}
