import type { Handler } from './handler.ts'
import { MOUNTS, mountOf } from './mounts.ts'
import { abortable } from './shared/abortable.ts'
import { readLimited } from './shared/read-limited.ts'

/** The rejection a runtime's fetch gives for a network failure: a TypeError. */
const networkError = (message: string) => new TypeError('fetch failed', { cause: new Error(message) })

/** Statuses whose responses have no body (the Response constructor refuses one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304])

/** Runs a Request through the handler as `target` (a path in the sandbox's path space) and builds its Response. */
async function respond(handler: Handler, request: Request, target: string, base: (prefix: string) => string, remote: string): Promise<Response> {
  const { signal } = request
  if (signal.aborted) throw signal.reason
  const outcome = await abortable(
    handler.handle({ method: request.method, url: request.url, target, headers: request.headers, remote, base, body: (limit) => readLimited(request.body, limit), signal }),
    signal,
  )
  if (outcome.drop) throw networkError('The sandbox dropped the connection (fault)')
  const body = NULL_BODY.has(outcome.status) || request.method === 'HEAD' || outcome.text === '' ? null : outcome.text
  return new Response(body, { status: outcome.status, headers: outcome.headers })
}

const documentedBase = (prefix: string) => MOUNTS.find((m) => m.prefix === prefix)?.base ?? ''

/**
 * The in-process door: a fetch-compatible function that serves the three APIs at their documented
 * base URLs through the sandbox's handler. Any other origin is refused like a network failure, a
 * dropped connection is a rejected fetch, and the caller's signal aborts it like a real one.
 */
export function createFetchDoor(handler: Handler): typeof fetch {
  async function sandboxFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init)
    const url = new URL(request.url)
    const mount = mountOf(url)
    if (!mount) throw networkError(`The sandbox serves only the AgentRef, AgentClick and Agentries APIs, not ${url.origin}${url.pathname}`)
    const basePath = new URL(mount.base).pathname.replace(/\/$/, '')
    return respond(handler, request, `${mount.prefix}${url.pathname.slice(basePath.length)}${url.search}`, documentedBase, 'sandbox.fetch')
  }
  return sandboxFetch as typeof fetch
}

/**
 * The door for a server the user runs (a Worker, `Deno.serve`, `Bun.serve`): answers a Request
 * addressed like the HTTP server's (`/agentref/api/v1/...`, `/agentclick/...`, `/agentries/...`,
 * `GET /`), on any origin. A dropped connection is a rejection.
 */
export function createServeDoor(handler: Handler) {
  return (request: Request, info: { remote?: string } = {}): Promise<Response> => {
    const url = new URL(request.url)
    return respond(handler, request, `${url.pathname}${url.search}`, (prefix) => `${url.origin}${prefix}`, info.remote ?? 'unknown')
  }
}
