import { SandboxError } from '../shared/errors.ts'
import type { Random } from '../shared/prng.ts'
import type { SandboxRequest } from '../shared/request.ts'
import { type Spec, check } from '../shared/validate.ts'
import type { AgentriesState, ReferralCode } from './state.ts'

export interface Ctx {
  req: SandboxRequest
  params: Record<string, string>
  body: Record<string, unknown>
  /** The caller's DID (JWT routes; '' otherwise). */
  did: string
}

export interface Route {
  method: string
  path: string
  jwt: boolean
  handler: (c: Ctx) => { status?: number; body: unknown }
}

/** What the route factories need from the module. */
export interface Deps {
  st: AgentriesState
  rnd: Random
  codeQuota: number
  mint(did: string): { token: string; expires_at: number; token_type: 'Bearer' }
}

export const HEX128 = /^[0-9a-fA-F]{128}$/
const WINDOW_MS = 5 * 60 * 1000

/** Throws; rendered as `{ error, details }`. */
export function fail(status: number, error: string, details: string): never {
  throw new SandboxError(status, error, details)
}

export function validate(body: Record<string, unknown>, spec: Spec, prefix = ''): void {
  const issue = check(body, spec)[0]
  if (issue) fail(400, 'Invalid request', `${prefix}${issue.field} ${issue.message}`)
}

/** The signed timestamp (Unix ms) must be within ±5 minutes. */
export function checkTimestamp(ts: number): void {
  if (Math.abs(Date.now() - ts) > WINDOW_MS) fail(401, 'Timestamp expired', 'The signed timestamp must be within ±5 minutes of server time (Unix ms)')
}

/** Not disabled, not expired, not used up (`max_uses` 0 = unlimited). */
export const isActive = (c: ReferralCode, now = Date.now()) => c.active && (c.expires_at === null || c.expires_at > now) && (c.max_uses === 0 || c.uses < c.max_uses)
