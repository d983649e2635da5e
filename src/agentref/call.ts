import { invalidResponse } from '../core/errors/invalid-response.ts'
import { resolveIdempotencyKey } from '../core/idempotency-key.ts'
import { jsonBody } from '../core/json-body.ts'
import { pick, rename, type Params } from '../core/params.ts'
import type { PathTemplate } from '../core/path.ts'
import { request, type CallOptions } from '../core/request.ts'
import type { HttpMethod, IdempotentRequestOptions } from '../core/types.ts'
import type { AgentRefClient } from './client.ts'
import type { Page } from './types.ts'

type Query = object | undefined

/** Per-call options of POST operations: these can carry an `Idempotency-Key`. */
export type PostOptions = IdempotentRequestOptions & CallOptions

/** Params with SDK names replaced by wire names, e.g. `{ programId: 'program_id' }`; others pass unchanged. */
export function wire(params: object | undefined, names: Record<string, string>): Params | undefined {
  return rename(params, names)
}

/** Splits `keys` off params: `[picked, rest]`, each then renamed to wire names. */
export function split(params: object | undefined, keys: readonly string[], names: Record<string, string>): [Params | undefined, Params | undefined] {
  const [picked, rest] = pick(params, keys)
  return [rename(picked, names), rename(rest, names)]
}

function envelope(body: unknown, status: number): { data: unknown; meta?: unknown } {
  if (body === undefined) return { data: undefined }
  if (!body || typeof body !== 'object' || !('data' in body)) {
    throw invalidResponse('agentref', status, 'no "data" envelope')
  }
  return body as { data: unknown; meta?: unknown }
}

/** The `data` of an answer: what single-object and array operations return. */
const data = (body: unknown, status: number): unknown => envelope(body, status).data

/** `{ data, meta }` of a paginated list. */
const page = (body: unknown, status: number): Page<unknown> => {
  const { data, meta } = envelope(body, status)
  return { data: (data ?? []) as unknown[], meta: (meta ?? {}) as Page<unknown>['meta'] }
}

/** GET, retried on transient failures; returns `data`. */
export function get<T>(client: AgentRefClient, path: PathTemplate, query?: Query, options?: CallOptions): Promise<T> {
  return request(client, { method: 'GET', path, query, retry: true, read: data }, options)
}

/** GET of a paginated list; returns `{ data, meta }`. */
export function getPage<T>(client: AgentRefClient, path: PathTemplate, query?: Query, options?: CallOptions): Promise<Page<T>> {
  return request(client, { method: 'GET', path, query, retry: true, read: page }, options)
}

/**
 * POST. `idempotent`: the reference marks it "Idem: Yes", so a key is generated when the caller
 * gives none. Any POST with a key is retried; the key is the same on every attempt.
 */
export function post<T>(
  client: AgentRefClient,
  path: PathTemplate,
  body: unknown,
  options: PostOptions | undefined,
  idempotent: boolean,
  query?: Query,
): Promise<T> {
  const idempotency = (given: unknown, header: string | undefined) => resolveIdempotencyKey(given, header, idempotent)
  return request(client, { method: 'POST', path, query, body: jsonBody(body), idempotency, read: data }, options)
}

/** PATCH, PUT or DELETE: never retried, no idempotency key. */
export function send<T>(
  client: AgentRefClient,
  method: Exclude<HttpMethod, 'GET' | 'POST'>,
  path: PathTemplate,
  body?: unknown,
  options?: CallOptions,
  query?: Query,
): Promise<T> {
  return request(client, { method, path, query, body: jsonBody(body), read: data }, options)
}
