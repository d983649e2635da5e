import { fail } from '../shared/errors.ts'
import { numbered } from '../shared/paging.ts'
import type { Random } from '../shared/prng.ts'
import { type Spec, opt } from '../shared/validate.ts'
import type { AcPartnership, AcProgram, AcUser, AgentClickState } from './types.ts'

export type Group = 'none' | 'common' | 'publisher' | 'agent'

export interface AcCtx {
  st: AgentClickState
  rnd: Random
  /** The caller (absent only for `health`). */
  user: AcUser
  params: Record<string, unknown>
  /** The AgentClick base URL as the client reached it (`…/agentclick` over HTTP), for tracking URLs. */
  base: string
}

export interface AcAction {
  group: Group
  write: boolean
  params?: Spec
  run(c: AcCtx): { message?: string; data: unknown }
}

export const action = (group: Group, write: boolean, params: Spec | undefined, run: AcAction['run']): AcAction => (params ? { group, write, params, run } : { group, write, run })

export const PAGE: Spec = { page: opt('integer', { min: 1 }), per_page: opt('integer', { min: 1 }) }

/** `page`/`per_page` over `items`; per_page is clamped to `max`. Returns the slice and its meta. */
export function paged<T>(c: AcCtx, items: readonly T[], max = 100, perPageDefault = 20) {
  const page = (c.params.page as number | undefined) ?? 1
  const per_page = Math.min((c.params.per_page as number | undefined) ?? perPageDefault, max)
  return { items: numbered(items, page, per_page), meta: { total: items.length, page, per_page, total_pages: Math.max(1, Math.ceil(items.length / per_page)) } }
}

export function programOr404(c: AcCtx, id: unknown): AcProgram {
  const program = c.st.programs.get(id as number)
  if (!program) fail(404, 'NOT_FOUND', `Program not found: ${String(id)}`)
  return program
}

/** One of the caller's partnerships, or 404. */
export function partnershipOr404(c: AcCtx, id: unknown): AcPartnership {
  const p = c.st.partnerships.get(id as number)
  if (!p || p.user_id !== c.user.id) fail(404, 'NOT_FOUND', `Partnership not found: ${String(id)}`)
  return p
}

export const partnershipFor = (c: AcCtx, programId: number) => [...c.st.partnerships.values()].find((p) => p.user_id === c.user.id && p.program_id === programId)

export const now = () => new Date().toISOString()

export const trackingUrl = (c: AcCtx, code: string) => `${c.base}/r/${code}`

/** Public program view (search, recommend, detail). */
export function programView(c: AcCtx, p: AcProgram) {
  const category = c.st.categories.find((x) => x.id === p.category_id)
  return { program_id: p.id, id: p.id, ...withoutId(p), category_name: category?.name ?? null, category_slug: category?.slug ?? null }
}

function withoutId(p: AcProgram): Omit<AcProgram, 'id'> {
  const { id: _id, ...rest } = p
  return rest
}

export function creatives(p: AcProgram) {
  return [
    { type: 'banner', size: '300x250', url: `https://cdn.agentclick.sandbox.test/creatives/${p.id}/300x250.png` },
    { type: 'banner', size: '728x90', url: `https://cdn.agentclick.sandbox.test/creatives/${p.id}/728x90.png` },
    { type: 'text', text: `${p.name}を無料で試す` },
  ]
}
