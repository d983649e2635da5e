// Type-level tests of results: `npm run typecheck` compiles this file. The realistic chains below
// must compile without a cast; every @ts-expect-error line must be an error (misuse is caught).
import * as ac from '../../src/agentclick/index.js'
import * as ar from '../../src/agentref/index.js'
import * as ag from '../../src/agentries/index.js'
import { ApiError, isAffiliateError, type RetriedError } from '../../src/index.js'

/** `true` only when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const assert = <T extends true>(): T => true as T
type Result<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>

// A merchant: programs → affiliates → a payout, every id and field typed.
export async function merchant(client: ar.AgentRefClient): Promise<string> {
  const { data: programs, meta } = await ar.listPrograms(client, { status: 'active' })
  const hasMore: boolean = meta.hasMore
  const program = programs[0]
  if (!program || !hasMore) return ''
  const detail = await ar.getProgram(client, program.id)
  const readiness: ar.ProgramReadiness = detail.readiness
  const { data: affiliates } = await ar.listProgramAffiliates(client, program.id)
  const affiliate = affiliates[0]
  if (!affiliate) return readiness
  const payout = await ar.createPayout(client, { affiliateId: affiliate.id, programId: program.id, method: 'paypal' })
  const status: ar.PayoutStatus = payout.status
  const amount: number = payout.amount
  // @ts-expect-error: a payout has no such field
  payout.reference
  // @ts-expect-error: amount is a number, in minor units
  const text: string = payout.amount
  const { endpoint, signingSecret } = await ar.createWebhook(client, { name: 'n', url: 'https://example.test/h', subscribedEvents: ['payout.completed'] })
  return `${payout.id} ${status} ${amount} ${endpoint.id} ${signingSecret} ${text}`
}

// An agent on AgentClick: search → apply → track a click → record a conversion.
export async function agent(client: ac.AgentClickClient): Promise<string> {
  const { programs } = await ac.searchPrograms(client, { keyword: 'chatbot' })
  const program = programs[0]
  if (!program) return ''
  const partnership = await ac.applyForPartnership(client, { program_id: program.id })
  const { tracking_url } = await ac.trackClick(client, { partnership_id: partnership.partnership_id, context: 'chatbot' })
  const recorded = await ac.recordConversion(client, { tracking_code: partnership.tracking_code, order_id: 'order-1', amount: 4800 })
  // @ts-expect-error: the reference documents no fields for a recorded conversion: unknown until checked
  const id: number = recorded?.conversion_id
  const { partnerships } = await ac.listPartnerships(client, { status: 'approved' })
  const listed: ac.PartnershipStatus | undefined = partnerships[0]?.status
  // @ts-expect-error: program_id is an integer, not the program's name
  await ac.applyForPartnership(client, { program_id: program.name })
  const detail = await ac.getProgram(client, { program_id: program.id })
  return `${tracking_url} ${listed} ${detail.id} ${id}`
}

// An agent on Agentries: a code is created, then disabled by its value.
export async function referrals(client: ag.AgentriesClient): Promise<number> {
  const { code, max_uses } = await ag.createReferralCode(client, { max_uses: 10 })
  await ag.disableReferralCode(client, code)
  const { referrals: items, total } = await ag.listMyReferrals(client, { limit: 100 })
  const stats = await ag.getReferralStats(client)
  return max_uses + total + items.length + stats.total_referrals
}

// Errors: the guard exposes status and code; onRetry gets the three retried failures.
export function statusOf(error: unknown): number | undefined {
  if (isAffiliateError(error) && error.status === 404) return error.status
  if (isAffiliateError(error)) {
    // @ts-expect-error: status is absent on errors that are not API errors
    const status: number = error.status
    return status
  }
  return undefined
}
export const retries = (client: ar.AgentRefClient) =>
  ar.listPrograms(client, undefined, {
    onRetry: ({ error, attempt, delay }) => {
      const retried: RetriedError = error
      const status = error instanceof ApiError ? error.status : error.name
      // @ts-expect-error: a TimeoutError or ConnectionError has no status: narrow first
      error.status
      return [retried.message, status, attempt + delay]
    },
  })

// Every documented shape, asserted exactly; loose results only where the reference gives no fields.
export const shapes = [
  assert<Equal<Result<typeof ar.createPayout>, ar.Payout>>(),
  assert<Equal<Result<typeof ar.listPayouts>, ar.Page<ar.Payout>>>(),
  assert<Equal<Result<typeof ar.getProgram>, ar.ProgramDetail>>(),
  assert<Equal<Result<typeof ar.createProgram>, ar.Program>>(),
  assert<Equal<Result<typeof ar.listCoupons>, ar.Coupon[]>>(),
  assert<Equal<Result<typeof ar.rotateWebhookSecret>, ar.WebhookSecretResponse>>(),
  assert<Equal<Result<typeof ar.getWorkspaceProgram>, ar.AffiliateWorkspaceProgramDetail>>(),
  assert<Equal<Result<typeof ar.getWorkspaceEarnings>, ar.ApiObject>>(), // "record" in the reference
  assert<Equal<Result<typeof ac.applyForPartnership>, ac.Partnership>>(),
  assert<Equal<Result<typeof ac.trackClick>, ac.TrackedClick>>(),
  assert<Equal<Result<typeof ac.searchPrograms>['programs'][number], ac.AgentClickProgram>>(),
  assert<Equal<Result<typeof ac.listPartnerships>['partnerships'][number], ac.AgentClickPartnership>>(),
  assert<Equal<Result<typeof ac.recordConversion>, ac.Undocumented | undefined>>(),
  assert<Equal<Result<typeof ag.createReferralCode>, ag.CreatedReferralCode>>(),
  assert<Equal<Result<typeof ag.getReferralStats>, ag.ReferralStats>>(),
  assert<Equal<Result<typeof ag.listReferralCodes>, unknown>>(), // body not documented
]
// @ts-expect-error: the assertion itself can fail
assert<Equal<Result<typeof ar.createPayout>, ar.ApiObject>>()

// withResponse keeps the operation's result type and checks its arguments like a direct call.
export async function responseMetadata(client: ar.AgentRefClient): Promise<void> {
  const one: ar.Program = (await ar.withResponse(ar.getProgram, client, 'prg_1')).data
  const page: ar.Page<ar.Program> = (await ar.withResponse(ar.listPrograms, client, { pageSize: 2 })).data
  const codes = await ag.withResponse(ag.createReferralCode, ag.createAgentries({ token: 'a.b.c' }), { max_uses: 2 })
  const code: string = codes.data.code
  // @ts-expect-error: getProgram takes an id string
  await ar.withResponse(ar.getProgram, client, 42)
  void [one, page, code]
}
