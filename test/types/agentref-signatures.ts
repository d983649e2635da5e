// Type-level tests: `npm run typecheck` compiles this file; every @ts-expect-error must be an error.
import {
  createAgentRef,
  createPayout,
  deleteProgram,
  getProgram,
  listPrograms,
  paginate,
  type Page,
  type Program,
  type ProgramDetail,
} from '../../src/agentref/index.js'
import { isAffiliateError, RateLimitError, retry } from '../../src/index.js'

const ar = createAgentRef({ apiKey: 'ak_live_x' })

export const page: Promise<Page<Program>> = listPrograms(ar, { status: 'active', pageSize: 10 })
export const detail: Promise<ProgramDetail> = getProgram(ar, 'prog_1', { timeout: 5_000 })
export const payout = createPayout(ar, { affiliateId: 'aff_1', programId: 'prog_1', method: 'paypal' }, { idempotencyKey: 'k1' })

// @ts-expect-error: not a ProgramStatus
listPrograms(ar, { status: 'deleted' })
// @ts-expect-error: the path id comes first and is required
getProgram(ar)
// @ts-expect-error: DELETE takes no idempotency key (it would never be sent)
deleteProgram(ar, 'prog_1', { idempotencyKey: 'k' })
// @ts-expect-error: method is a literal union
createPayout(ar, { affiliateId: 'a', programId: 'p', method: 'cash' })
// @ts-expect-error: required field missing
createPayout(ar, { affiliateId: 'a', method: 'paypal' })

export async function iterate(): Promise<string[]> {
  const names: string[] = []
  for await (const program of paginate(listPrograms, ar, { status: 'active' })) names.push(program.name)
  return names
}

export function narrow(error: unknown): number | undefined {
  if (error instanceof RateLimitError) return error.retryAfter
  return isAffiliateError(error) ? 0 : undefined
}

export const retried: Promise<number> = retry(async (attempt) => attempt + 1, { maxRetries: 3 })
