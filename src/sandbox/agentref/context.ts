import { fail } from '../shared/errors.ts'
import { keysetPage } from '../shared/keyset-page.ts'
import type { Listed } from '../shared/listed.ts'
import { pageOf } from '../shared/paging.ts'
import type { Random } from '../shared/prng.ts'
import { type Spec, check, issueMap } from '../shared/validate.ts'
import { merchantPrograms } from './ops.ts'
import type { AgentRefState, KeyType, Program, RefKey, WebhookEventType } from './types.ts'

/** What an AgentRef route handler gets. */
export interface RefCtx {
  st: AgentRefState
  rnd: Random
  key: RefKey
  params: Record<string, string>
  query: URLSearchParams
  /** The JSON body ({} when none). */
  body: Record<string, unknown>
  /** Queues a webhook event for every subscribed endpoint. */
  emit(type: WebhookEventType, programId: string | null, data: unknown): void
}

/** `data` plus extra `meta` (pagination); the envelope adds `requestId`. */
export interface RefResult {
  status?: number
  data: unknown
  meta?: Record<string, unknown>
}

export interface RefRoute {
  method: string
  path: string
  /** Key types allowed; others get 403 INSUFFICIENT_SCOPE. */
  keys: readonly KeyType[]
  /** The documented scope this operation needs (reported in 403 details). */
  scope: string
  handler: (c: RefCtx) => RefResult
}

export const MERCHANT: readonly KeyType[] = ['merchant']
export const AFFILIATE: readonly KeyType[] = ['affiliate']
export const SETUP: readonly KeyType[] = ['merchant', 'onboarding']
export const ANY: readonly KeyType[] = ['merchant', 'affiliate', 'onboarding']

export function route(method: string, path: string, keys: readonly KeyType[], scope: string, handler: (c: RefCtx) => RefResult): RefRoute {
  return { method, path, keys, scope, handler }
}

export const ok = (data: unknown, status = 200): RefResult => ({ status, data })
export const created = (data: unknown): RefResult => ({ status: 201, data })

export const page = <T>(items: readonly T[], q: URLSearchParams): RefResult => pageOf(items, q)

/**
 * A newest-first page of the items of `list` in the merchant's own programs (only `programId`'s,
 * when given) that pass `keep`. Without `keep`, the total comes from the per-program counts and the
 * page costs what it holds.
 */
export function ownPage<T extends { programId: string; createdAt: string; id: string }>(c: RefCtx, list: Listed<T>, programId?: string, keep?: (item: T) => boolean, q = c.query): RefResult {
  const own = new Set(merchantPrograms(c.st).map((p) => p.id))
  let total = 0
  for (const id of own) if (!programId || id === programId) total += list.counts.get(id) ?? 0
  return keysetPage(list.sorted, q, (x) => own.has(x.programId) && (!programId || x.programId === programId) && (!keep || keep(x)), keep ? undefined : total)
}

/** Throws 400 VALIDATION_ERROR with `details: { field: message }`. */
export function validate(body: Record<string, unknown>, spec: Spec): void {
  const issues = check(body, spec)
  if (issues.length) fail(400, 'VALIDATION_ERROR', `Validation failed: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`, issueMap(issues))
}

export function notFound(what: string, id: string): never {
  fail(404, 'NOT_FOUND', `${what} not found: ${id}`)
}

export function conflict(message: string): never {
  fail(409, 'CONFLICT', message)
}

export function find<T>(map: Map<string, T>, id: string, what: string): T {
  const value = map.get(id)
  if (value === undefined) notFound(what, id)
  return value
}

/** A program of the sandbox merchant, or 404. */
export function ownProgram(c: RefCtx, id: string): Program {
  const program = merchantPrograms(c.st).find((p) => p.id === id)
  if (!program) notFound('Program', id)
  return program
}

/** Copies the listed keys that are present in `body` onto `target`; returns the keys copied. */
export function assign<T extends object>(target: T, body: Record<string, unknown>, keys: readonly (keyof T & string)[]): string[] {
  const changed: string[] = []
  for (const k of keys) {
    if (body[k] === undefined) continue
    ;(target as Record<string, unknown>)[k] = body[k]
    changed.push(k)
  }
  return changed
}
