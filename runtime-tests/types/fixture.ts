// A user's TypeScript, compiled against the INSTALLED package (run.mjs copies this folder into the
// scratch consumer project). tsc checks it twice (tsconfig.bundler.json, tsconfig.nodenext.json)
// and deno.ts re-exports it for `deno check`. Every @ts-expect-error must be an error.
import { AffiliateError, isAffiliateError, NotFoundError, RateLimitError, retry, TimeoutError } from 'affiliate-fetch'
import {
  createAgentRef,
  createPayout,
  getProgram,
  listPrograms,
  paginate,
  verifyWebhook,
  verifyWebhookRequest,
  type Page,
  type Program,
  type WebhookEvent,
} from 'affiliate-fetch/agentref'
import { applyForPartnership, callAction, createAgentClick, recordConversion, searchPrograms, trackClick, type TrackedClick } from 'affiliate-fetch/agentclick'
import { createAgentries, createReferralCode, getAuthToken, type CreatedReferralCode } from 'affiliate-fetch/agentries'
import { createToolRunner, toAnthropicTools, toOpenAITools, tools, type Tool, type ToolAccess, type ToolResult } from 'affiliate-fetch/tools'

const ar = createAgentRef({ apiKey: 'ak_live_x', timeout: 10_000, maxRetries: 1 })
const ac = createAgentClick({ apiKey: `aa_${'0'.repeat(48)}` })
const ag = createAgentries({ did: 'did:web:agentries.xyz:agent:abc', privateKey: '00'.repeat(32) })

export async function agentrefCalls(signal: AbortSignal): Promise<string[]> {
  const page: Page<Program> = await listPrograms(ar, { status: 'active', pageSize: 2 }, { signal })
  const more: boolean = page.meta.hasMore
  const names: string[] = []
  for await (const program of paginate(listPrograms, ar, { status: 'active' })) names.push(program.name)
  const payout = await createPayout(ar, { affiliateId: 'aff_1', programId: 'prg_1', method: 'paypal' }, { idempotencyKey: 'k-1' })
  const paid: string = payout.id // a Payout, not a loose record
  names.push(paid, String(more))
  // @ts-expect-error: not a ProgramStatus
  await listPrograms(ar, { status: 'deleted' })
  // @ts-expect-error: the program id comes first and is required
  await getProgram(ar)
  // @ts-expect-error: method is a literal union
  await createPayout(ar, { affiliateId: 'a', programId: 'p', method: 'cash' })
  return names
}

export async function agentclickCalls(): Promise<number> {
  const click: TrackedClick = await trackClick(ac, { partnership_id: 42, context: 'chatbot' })
  const health = await callAction<{ status: string }>(ac, 'health')
  // @ts-expect-error: partnership_id is a number
  await trackClick(ac, { partnership_id: '42' })
  // The documented chain, without casts: a program's id → a partnership → a click and a conversion.
  const { programs } = await searchPrograms(ac, { category_slug: 'ai-voice' })
  const partnership = await applyForPartnership(ac, { program_id: programs[0]?.id ?? 0 })
  await trackClick(ac, { partnership_id: partnership.partnership_id })
  await recordConversion(ac, { tracking_code: partnership.tracking_code, order_id: 'o-1' })
  return click.click_id + health.status.length
}

export async function agentriesCalls(): Promise<string> {
  const token: string = await getAuthToken(ag)
  const code: CreatedReferralCode = await createReferralCode(ag, { max_uses: 3 })
  // @ts-expect-error: max_uses is a number
  await createReferralCode(ag, { max_uses: 'three' })
  return `${token} ${code.code} ${code.max_uses}`
}

export function status(error: unknown): number | undefined {
  return isAffiliateError(error) ? error.status : undefined // status is on the narrowed type
}

export async function webhook(request: Request, secret: string): Promise<string> {
  const event: WebhookEvent = await verifyWebhookRequest(request, secret)
  if (event.type === 'program.updated') return event.data.updatedFields.join()
  const again = await verifyWebhook('{}', { 'svix-id': 'msg_1', 'svix-timestamp': '1', 'svix-signature': 'v1,x' }, secret, { tolerance: 60 })
  return again.id
}

export function describe(error: unknown): string {
  if (error instanceof RateLimitError) return `retry in ${error.retryAfter ?? '?'} s`
  if (error instanceof NotFoundError) return `${error.status} ${error.code ?? ''} ${error.requestId ?? ''}`
  if (error instanceof TimeoutError) return `timeout ${error.timeout}`
  if (isAffiliateError(error)) {
    const narrowed: AffiliateError = error
    return `${narrowed.name} from ${narrowed.provider ?? 'core'}`
  }
  return 'not ours'
}

export const retried: Promise<number> = retry(async (attempt) => attempt, { maxRetries: 2 })

export async function toolCalls(): Promise<string> {
  const first: Tool = tools[0]!
  const access: ToolAccess = first.access
  const runner = createToolRunner({ agentref: ar, agentclick: ac, allow: ['read', 'write'] })
  const outcome: ToolResult = await runner.run('agentclick_track_click', { partnership_id: 42 }, { toolCallId: 'call_1' })
  const text = outcome.ok ? JSON.stringify(outcome.result) : `${outcome.error.name} ${outcome.error.retryable}`
  // @ts-expect-error: not an access class
  createToolRunner({ allow: ['admin'] })
  return `${access} ${text} ${toOpenAITools(runner.tools).length} ${toAnthropicTools(tools)[0]!.input_schema.type}`
}

// Response metadata (contract §15): withResponse keeps fn's result type; pace and your own limiter fit `rateLimit`.
export async function responseMetadata(): Promise<number | undefined> {
  const { withResponse, pace, debugLog, readRateLimit } = await import('affiliate-fetch/agentref')
  const paced = createAgentRef({ rateLimit: pace(), hooks: debugLog((line: string) => void line) })
  const { data, status, requestId, headers, rateLimit } = await withResponse(getProgram, paced, 'prg_1')
  const name: string = data.name
  const id: string | undefined = requestId
  const type: string | null = headers.get('content-type')
  void [name, id, type, status]
  createAgentries({ token: 'a.b.c', rateLimit: { take: async (bucket) => void bucket } })
  // @ts-expect-error: a rate limiter needs take()
  createAgentRef({ rateLimit: {} })
  return rateLimit?.remaining ?? readRateLimit({ 'x-ratelimit-remaining': '1' })?.resetAfter
}
