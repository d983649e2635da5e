// The official AgentRef Node SDK against the sandbox: every method the SDK exposes is called with
// valid arguments (from the seed or from earlier answers), and every answer is validated against
// the SDK's own declared return type, read from its .d.ts. A sandbox answer that breaks those
// types (a `null` where the SDK says `string`, a missing required field) fails here.
import { AgentRef, AgentRefError, AuthError, ConflictError, ForbiddenError, NotFoundError, RateLimitError, ServerError, ValidationError } from 'agentref'
import Ajv, { type ValidateFunction } from 'ajv'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startSandbox } from '../../src/sandbox/index.js'
import { type DeclaredMethod, declaredMethods, readSdkDeclarations, returnSchemas } from './official-sdk/declared.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
type Json = Record<string, any>

let sb: Sandbox
let methods: DeclaredMethod[]
let validators: Map<string, ValidateFunction>

beforeAll(async () => {
  const source = readSdkDeclarations()
  methods = declaredMethods(source)
  const ajv = new Ajv({ allErrors: true, strict: false })
  ajv.addSchema(returnSchemas(source, methods), 'sdk')
  validators = new Map(methods.map((m) => [m.name, ajv.compile({ $ref: `sdk#/definitions/SdkReturns/properties/${m.name}` })]))
  sb = await startSandbox({ seed: 5, limits: { agentref: 100_000 } })
}, 60_000)
afterAll(async () => {
  await sb?.close()
})

/** The three clients, with retries off so a failure shows at once. */
function clients(s: Sandbox) {
  const make = (apiKey: string) => new AgentRef({ apiKey, baseUrl: s.agentrefUrl, maxRetries: 0, timeout: 10_000 })
  return { merchant: make(s.keys.agentref.merchant), affiliate: make(s.keys.agentref.affiliate), onboarding: make(s.keys.agentref.onboarding) }
}

async function collect<T>(generator: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of generator) out.push(item)
  return out
}

/**
 * One call per SDK method, in an order where each can use what earlier ones returned. `it` is the
 * shared scratchpad; each entry returns what the SDK resolved to (for `listAll`: every item).
 */
function plan(s: Sandbox) {
  const { merchant: m, affiliate: a, onboarding: o } = clients(s)
  const it: Json = {}
  const png = { mimeType: 'image/png', fileSizeBytes: 2048 }
  const steps: Array<[string, () => Promise<unknown>]> = [
    ['merchant.get', () => m.merchant.get()],
    ['merchant.update', () => m.merchant.update({ timezone: 'Europe/Berlin', trackingParamAliases: ['via'] })],
    ['notifications.get', () => m.notifications.get()],
    ['notifications.update', () => m.notifications.update({ weeklyDigest: false })],
    ['billing.current', () => m.billing.current()],
    ['billing.tiers', () => m.billing.tiers()],
    ['billing.subscribe', () => m.billing.subscribe({ tier: 'starter' }, { idempotencyKey: 'sdk-billing' })],
    ['onboarding.upsertMerchantProfile', () => o.onboarding.upsertMerchantProfile({ companyName: 'Onboarding Co' })],
    ['onboarding.complete', () => o.onboarding.complete()],

    ['programs.list', async () => {
      const r = await m.programs.list({ pageSize: 100 })
      const joined = new Set((await a.affiliateWorkspace.listPrograms()).map((x) => x.programId))
      it.program = r.data.find((x) => joined.has(x.id))
      return r
    }],
    ['programs.listAll', async () => {
      const all = await collect(m.programs.listAll({ pageSize: 2 }))
      const { total } = (await m.programs.list()).meta
      if (new Set(all.map((p) => p.id)).size !== total || all.length !== total) throw new Error(`listAll yielded ${all.length} programs, ${total} exist`)
      return all
    }],
    ['programs.get', () => m.programs.get(it.program.id)],
    ['programs.create', async () => (it.created = await m.programs.create({ name: 'SDK Program', commissionType: 'one_time', commissionPercent: 12 }, { idempotencyKey: 'sdk-program' }))],
    ['programs.update', () => m.programs.update(it.created.id, { description: 'Made by the official SDK', portalSlug: null })],
    ['programs.stats', () => m.programs.stats(it.program.id, { period: '30d' })],
    ['programs.listAffiliates', async () => {
      const r = await m.programs.listAffiliates(it.program.id, { includeBlocked: true })
      it.member = r.data.find((x) => x.status === 'approved')
      return r
    }],
    ['programs.listCoupons', () => m.programs.listCoupons(it.program.id)],
    ['programs.createCoupon', async () => (it.coupon = await m.programs.createCoupon(it.program.id, { affiliateId: it.member.id, code: 'SDKCOUPON' }))],
    ['programs.deleteCoupon', () => m.programs.deleteCoupon(it.coupon.id)],
    ['programs.createInvite', async () => (it.invite = await m.programs.createInvite(it.program.id, { isPublic: true, name: 'Open invite', usageLimit: 5 }))],
    ['programs.listInvites', async () => {
      const r = await m.programs.listInvites(it.program.id)
      await m.programs.createInvite(it.program.id, { email: 'named@partners.test' })
      return [...r, ...(await m.programs.listInvites(it.program.id))]
    }],
    ['programs.updateMarketplace', () => m.programs.updateMarketplace(it.program.id, { status: 'public', category: 'saas' })],
    ['programs.connectStripe', () => m.programs.connectStripe(it.created.id, { method: 'oauth_url' })],
    ['programs.disconnectStripe', () => m.programs.disconnectStripe(it.program.id)],
    ['tracking.getProgramStatus', () => m.tracking.getProgramStatus(it.program.id)],

    ['affiliates.list', () => m.affiliates.list({ programId: it.program.id, includeBlocked: true, sortBy: 'totalRevenue', sortOrder: 'desc' })],
    ['affiliates.get', () => m.affiliates.get(it.member.id, { include: 'stats' })],
    ['affiliates.block', () => m.affiliates.block(it.member.id, { reason: 'SDK test' }, { idempotencyKey: 'sdk-block' })],
    ['affiliates.unblock', () => m.affiliates.unblock(it.member.id)],

    ['applications.list', async () => {
      const r = await m.applications.list({ pageSize: 100 })
      it.pending = r.data.filter((x) => x.status === 'pending').map((x) => x.id)
      return r
    }],
    ['applications.get', () => m.applications.get(it.pending[0])],
    ['applications.approve', () => m.applications.approve(it.pending[0], { note: 'Welcome' })],
    ['applications.decline', () => m.applications.decline(it.pending[1], { note: 'Not a fit' })],
    ['applications.block', () => m.applications.block(it.pending[2])],

    ['conversions.list', () => m.conversions.list({ pageSize: 100 })],
    ['conversions.stats', () => m.conversions.stats({ period: '90d' })],
    ['conversions.recent', () => m.conversions.recent({ limit: 5 })],

    ['payouts.list', () => m.payouts.list({ pageSize: 100 })],
    ['payouts.listPending', async () => {
      const r = await m.payouts.listPending()
      it.payee = r.data.find((x) => x.pendingAmount > 0)
      return r
    }],
    ['payouts.stats', () => m.payouts.stats({ period: 'all' })],
    ['payouts.create', () => m.payouts.create({ affiliateId: it.payee.affiliateId, programId: it.payee.programId, method: 'paypal', notes: 'SDK' }, { idempotencyKey: 'sdk-payout' })],

    ['flags.list', async () => {
      const r = await m.flags.list({ pageSize: 100 })
      it.flag = r.data.find((x) => x.status === 'open')
      return r
    }],
    ['flags.stats', () => m.flags.stats()],
    ['flags.resolve', () => m.flags.resolve(it.flag.id, { status: 'reviewed', note: 'Looked fine' })],

    ['webhooks.create', async () => {
      const r = await m.webhooks.create({ name: 'SDK hook', url: 'http://127.0.0.1:9/agentref', subscribedEvents: ['payout.completed'] })
      it.hook = r.endpoint
      return r
    }],
    ['webhooks.list', () => m.webhooks.list()],
    ['webhooks.get', () => m.webhooks.get(it.hook.id)],
    ['webhooks.update', () => m.webhooks.update(it.hook.id, { name: 'SDK hook (renamed)', programId: null })],
    ['webhooks.rotateSecret', () => m.webhooks.rotateSecret(it.hook.id)],
    ['webhooks.delete', () => m.webhooks.delete(it.hook.id)],

    ['marketingResources.list', () => m.marketingResources.list(it.program.id, { kind: 'all' })],
    ['marketingResources.createSocialPost', async () => (it.post = await m.marketingResources.createSocialPost(it.program.id, { title: 'SDK post', body: 'Try it: {{affiliate_link}}', platforms: ['x', 'linkedin'] }))],
    ['marketingResources.updateSocialPost', () => m.marketingResources.updateSocialPost(it.post.id, { programId: it.program.id, title: 'SDK post, edited' })],
    ['marketingResources.createSocialPostMediaUploadSession', async () => (it.upload = await m.marketingResources.createSocialPostMediaUploadSession(it.post.id, { programId: it.program.id, fileName: 'one.png', ...png }))],
    ['marketingResources.completeSocialPostMediaUpload', async () => {
      const first = await m.marketingResources.completeSocialPostMediaUpload(it.post.id, { programId: it.program.id, uploadPath: it.upload.upload_path, uploadToken: it.upload.upload_token, fileName: 'one.png', altText: 'One' })
      const next = await m.marketingResources.createSocialPostMediaUploadSession(it.post.id, { programId: it.program.id, fileName: 'two.png', ...png })
      const second = await m.marketingResources.completeSocialPostMediaUpload(it.post.id, { programId: it.program.id, uploadPath: next.upload_path, uploadToken: next.upload_token, fileName: 'two.png' })
      it.media = (second.media as Json[]).map((x) => x.id as string)
      return first
    }],
    ['marketingResources.reorderSocialPostMedia', () => m.marketingResources.reorderSocialPostMedia(it.post.id, { programId: it.program.id, mediaIds: [...it.media].reverse() })],
    ['marketingResources.updateSocialPostMedia', () => m.marketingResources.updateSocialPostMedia(it.post.id, it.media[0], { programId: it.program.id, altText: null })],
    ['marketingResources.replaceSocialPostMedia', async () => {
      const session = await m.marketingResources.createSocialPostMediaUploadSession(it.post.id, { programId: it.program.id, fileName: 'three.png', ...png })
      return m.marketingResources.replaceSocialPostMedia(it.post.id, it.media[0], { programId: it.program.id, uploadPath: session.upload_path, uploadToken: session.upload_token, fileName: 'three.png' })
    }],
    ['marketingResources.removeSocialPostMedia', () => m.marketingResources.removeSocialPostMedia(it.post.id, it.media[1], { programId: it.program.id })],
    ['marketingResources.publish', () => m.marketingResources.publish(it.post.id, { programId: it.program.id, notifyAffiliates: true })],
    ['marketingResources.notifyAffiliates', () => m.marketingResources.notifyAffiliates(it.post.id, { programId: it.program.id })],
    ['marketingResources.createDownloadUrl', () => m.marketingResources.createDownloadUrl({ programId: it.program.id, mediaId: it.media[0] })],

    ['affiliateWorkspace.overview', () => a.affiliateWorkspace.overview()],
    ['affiliateWorkspace.identity', () => a.affiliateWorkspace.identity()],
    ['affiliateWorkspace.listPrograms', async () => {
      const r = await a.affiliateWorkspace.listPrograms()
      it.mine = r.find((x) => x.programId === it.program.id) ?? r[0]
      return r
    }],
    ['affiliateWorkspace.getProgram', () => a.affiliateWorkspace.getProgram(it.mine.programId)],
    ['affiliateWorkspace.earnings', () => a.affiliateWorkspace.earnings()],
    ['affiliateWorkspace.listProgramEarnings', () => a.affiliateWorkspace.listProgramEarnings(it.mine.programId, { period: 'all', pageSize: 5 })],
    ['affiliateWorkspace.listPayouts', () => a.affiliateWorkspace.listPayouts({ programId: it.mine.programId })],
    ['affiliateWorkspace.listLinks', () => a.affiliateWorkspace.listLinks({ programId: it.mine.programId })],
    ['affiliateWorkspace.createLink', async () => (it.link = await a.affiliateWorkspace.createLink({ name: 'SDK link', destinationPath: '/docs' }, { programId: it.mine.programId, idempotencyKey: 'sdk-link' }))],
    ['affiliateWorkspace.updateLink', () => a.affiliateWorkspace.updateLink(it.link.id, { name: 'SDK link, renamed', isActive: false }, { programId: it.mine.programId })],
    ['affiliateWorkspace.deleteLink', () => a.affiliateWorkspace.deleteLink(it.link.id, { programId: it.mine.programId })],
    ['affiliateWorkspace.clickStats', () => a.affiliateWorkspace.clickStats({ programId: it.mine.programId })],
    ['payoutInfo.get', () => a.payoutInfo.get()],
    ['payoutInfo.update', () => a.payoutInfo.update({ payoutMethod: 'bank_transfer', bankAccountHolder: 'Sandy Affiliate', bankIban: 'DE89370400440532013000', bankBic: 'COBADEFFXXX' })],

    ['marketingResources.listForAffiliate', () => a.marketingResources.listForAffiliate(it.program.id, { kind: 'social_posts' })],
    ['marketingResources.getForAffiliate', () => a.marketingResources.getForAffiliate(it.post.id, { programId: it.program.id })],
    ['marketingResources.createAffiliateDownloadUrl', () => a.marketingResources.createAffiliateDownloadUrl({ programId: it.program.id, resourceId: it.post.id })],
    ['marketingResources.renderSocialPost', () => a.marketingResources.renderSocialPost(it.post.id, { programId: it.program.id })],
    ['marketingResources.unpublish', () => m.marketingResources.unpublish(it.post.id, { programId: it.program.id })],
    ['marketingResources.archive', () => m.marketingResources.archive(it.post.id, { programId: it.program.id })],

    ['invites.get', () => a.invites.get(it.invite.token)],
    ['invites.claim', async () => {
      const other = (await a.marketplace.listPrograms()).data.find((x) => x.joined === false && x.applicationAccess !== 'invite_only')
      it.apply = other?.programId
      const enterprise = (await m.programs.list({ pageSize: 100 })).data.find((x) => x.applicationAccess === 'invite_only')
      const invite = await m.programs.createInvite(enterprise?.id ?? '', { isPublic: true })
      return a.invites.claim(invite.token)
    }],
    ['marketplace.listPrograms', () => a.marketplace.listPrograms({ sort: 'commission', pageSize: 10 })],
    ['marketplace.apply', () => a.marketplace.apply(it.apply, { message: 'I write about analytics.' })],

    ['programs.delete', () => m.programs.delete(it.created.id)],
  ]
  return steps
}

describe('the official AgentRef SDK against the sandbox', () => {
  test('the SDK declares methods, and the plan calls each of them exactly once', () => {
    const declared = methods.map((m) => m.name).sort()
    const planned = plan(sb).map(([name]) => name)
    expect(declared.length).toBeGreaterThan(80)
    expect(new Set(planned).size).toBe(planned.length)
    expect([...planned].sort()).toEqual(declared)
  })

  test('every method answers, and every answer satisfies the SDK’s declared return type', async () => {
    const problems: string[] = []
    for (const [name, call] of plan(sb)) {
      let result: unknown
      try {
        result = await call()
      } catch (error) {
        problems.push(`${name}: threw ${error instanceof AgentRefError ? `${error.name} ${error.status} ${error.code}: ${error.message}` : String(error)}`)
        continue
      }
      const validate = validators.get(name)
      const items = name === 'programs.listAll' ? (result as unknown[]) : [result]
      if (name === 'programs.listAll' && items.length === 0) problems.push(`${name}: yielded nothing`)
      for (const item of items) {
        if (!validate?.(item)) problems.push(`${name}: ${JSON.stringify(validate?.errors?.slice(0, 5))}`)
      }
    }
    expect(problems).toEqual([])
  })

  test('error answers are the envelope the SDK parses: its typed error, with the code, details and request id', async () => {
    const { merchant: m, affiliate: a } = clients(sb)
    const failure = async (call: () => Promise<unknown>) => {
      const error = await call().then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(AgentRefError)
      expect((error as AgentRefError).requestId).toMatch(/^req_/)
      return error as AgentRefError
    }
    const unknownKey = new AgentRef({ apiKey: 'ak_live_not_a_sandbox_key', baseUrl: sb.agentrefUrl, maxRetries: 0 })
    expect(await failure(() => unknownKey.programs.list())).toBeInstanceOf(AuthError)
    const scope = await failure(() => a.programs.list())
    expect(scope).toBeInstanceOf(ForbiddenError)
    expect(scope.code).toBe('INSUFFICIENT_SCOPE')
    expect((await failure(() => m.programs.get('prg_does_not_exist'))).code).toBe('NOT_FOUND')
    expect(await failure(() => m.programs.get('prg_does_not_exist'))).toBeInstanceOf(NotFoundError)
    const invalid = await failure(() => m.programs.create({ name: '', commissionType: 'weekly' as never, commissionPercent: 10 }))
    expect(invalid).toBeInstanceOf(ValidationError)
    expect((invalid as ValidationError).details).toMatchObject({ commissionType: expect.any(String) })
    await m.programs.create({ name: 'Once', commissionType: 'one_time', commissionPercent: 5 }, { idempotencyKey: 'sdk-conflict' })
    const reused = await failure(() => m.programs.create({ name: 'Twice', commissionType: 'one_time', commissionPercent: 5 }, { idempotencyKey: 'sdk-conflict' }))
    expect(reused).toBeInstanceOf(ConflictError)
    expect(reused.code).toBe('IDEMPOTENCY_KEY_REUSED')
    sb.setFaults('GET /merchant:429:retry=7:1,GET /billing:503:1')
    try {
      const limited = await failure(() => m.merchant.get())
      expect(limited).toBeInstanceOf(RateLimitError)
      expect((limited as RateLimitError).retryAfter).toBe(7)
      const down = await failure(() => m.billing.current())
      expect(down).toBeInstanceOf(ServerError)
      expect([down.status, down.code]).toEqual([503, 'SERVICE_UNAVAILABLE'])
    } finally {
      sb.setFaults([])
    }
  })

  test('every list and stats method, with any valid mix of its declared filters, paging and sorting, answers within its declared type (300 runs)', async () => {
    const { merchant: m, affiliate: a } = clients(sb)
    const programs = (await m.programs.list({ pageSize: 100 })).data
    const joined = (await a.affiliateWorkspace.listPrograms()).map((x) => x.programId)
    const affiliates = (await m.affiliates.list({ pageSize: 100, includeBlocked: true })).data
    const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
    const paging = fc.record({ page: fc.integer({ min: 1, max: 5 }), pageSize: fc.integer({ min: 1, max: 100 }), limit: fc.integer({ min: 1, max: 100 }), offset: fc.integer({ min: 0, max: 60 }) }, { requiredKeys: [] })
    const program = fc.constantFrom(...programs.map((p) => p.id))
    const mine = fc.constantFrom(...joined)
    const affiliate = fc.constantFrom(...affiliates.map((x) => x.id))
    const period = fc.constantFrom('7d' as const, '30d' as const, '90d' as const, 'all' as const)
    const day = fc.integer({ min: -200, max: 5 }).map((d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10))
    const source = fc.constantFrom('browser' as const, 'api' as const, 'mcp' as const, 'invite' as const, 'import' as const)
    const search = fc.constantFrom('a', 'Sandbox', 'partners', 'zz-no-match')
    const calls: Array<[string, fc.Arbitrary<() => Promise<unknown>>]> = [
      ['programs.list', fc.tuple(paging, optional(fc.constantFrom('active' as const, 'paused' as const, 'archived' as const))).map(([p, status]) => () => m.programs.list({ ...p, status }))],
      ['programs.listAffiliates', fc.tuple(program, paging, optional(fc.boolean()), optional(source)).map(([id, p, includeBlocked, src]) => () => m.programs.listAffiliates(id, { ...p, includeBlocked, source: src }))],
      ['programs.stats', fc.tuple(program, optional(period)).map(([id, per]) => () => m.programs.stats(id, { period: per }))],
      ['affiliates.list', fc.record({ p: paging, programId: optional(program), includeBlocked: optional(fc.boolean()), search: optional(search), sortBy: optional(fc.constantFrom('createdAt' as const, 'totalClicks' as const, 'totalRevenue' as const, 'name' as const)), sortOrder: optional(fc.constantFrom('asc' as const, 'desc' as const)), status: optional(fc.constantFrom('approved' as const, 'blocked' as const)), source: optional(source) }).map(({ p, ...f }) => () => m.affiliates.list({ ...p, ...f }))],
      ['applications.list', fc.record({ p: paging, programId: optional(program), search: optional(search), status: optional(fc.constantFrom('pending' as const, 'approved' as const, 'declined' as const, 'withdrawn' as const, 'blocked' as const)), source: optional(source) }).map(({ p, ...f }) => () => m.applications.list({ ...p, ...f }))],
      ['conversions.list', fc.record({ p: paging, programId: optional(program), affiliateId: optional(affiliate), status: optional(fc.constantFrom('pending', 'approved', 'partially_refunded', 'rejected', 'refunded')), startDate: optional(day), endDate: optional(day), from: optional(day), to: optional(day) }).map(({ p, ...f }) => () => m.conversions.list({ ...p, ...f }))],
      ['conversions.stats', fc.record({ programId: optional(program), period: optional(period) }).map((f) => () => m.conversions.stats(f))],
      ['conversions.recent', optional(fc.integer({ min: 1, max: 100 })).map((limit) => () => m.conversions.recent({ limit }))],
      ['payouts.list', fc.record({ p: paging, programId: optional(program), affiliateId: optional(affiliate), status: optional(fc.constantFrom('pending' as const, 'processing' as const, 'completed' as const, 'failed' as const)), from: optional(day), to: optional(day) }).map(({ p, ...f }) => () => m.payouts.list({ ...p, ...f }))],
      ['payouts.listPending', fc.tuple(paging, optional(program)).map(([p, programId]) => () => m.payouts.listPending({ ...p, programId }))],
      ['payouts.stats', fc.record({ programId: optional(program), period: optional(period) }).map((f) => () => m.payouts.stats(f))],
      ['flags.list', fc.record({ p: paging, status: optional(fc.constantFrom('open', 'reviewed', 'dismissed', 'confirmed')), type: optional(fc.constantFrom('suspicious_activity', 'self_referral', 'high_click_frequency', 'conversion_anomaly', 'manual_review')), affiliateId: optional(affiliate) }).map(({ p, ...f }) => () => m.flags.list({ ...p, ...f }))],
      ['marketplace.listPrograms', fc.record({ p: paging, category: optional(fc.constantFrom('saas', 'design', 'finance', 'none')), minCommission: optional(fc.integer({ min: 0, max: 50 })), minEpc: optional(fc.integer({ min: 0, max: 500 })), sort: optional(fc.constantFrom('epc' as const, 'conversionRate' as const, 'commission' as const, 'newest' as const)) }).map(({ p, ...f }) => () => a.marketplace.listPrograms({ ...p, ...f }))],
      ['marketingResources.list', fc.record({ id: fc.constantFrom(...joined), kind: optional(fc.constantFrom('all' as const, 'collections' as const, 'files' as const, 'social_posts' as const, 'swipe_copy' as const, 'links' as const, 'drafts' as const)), status: optional(fc.constantFrom('published' as const, 'draft' as const, 'archived' as const)), search: optional(search), limit: optional(fc.integer({ min: 1, max: 100 })), offset: optional(fc.integer({ min: 0, max: 10 })) }).map(({ id, ...f }) => () => m.marketingResources.list(id, f))],
      ['marketingResources.listForAffiliate', fc.record({ id: mine, kind: optional(fc.constantFrom('all' as const, 'collections' as const, 'files' as const, 'social_posts' as const, 'swipe_copy' as const, 'links' as const)), search: optional(search), limit: optional(fc.integer({ min: 1, max: 100 })), offset: optional(fc.integer({ min: 0, max: 10 })) }).map(({ id, ...f }) => () => a.marketingResources.listForAffiliate(id, f))],
      ['affiliateWorkspace.listProgramEarnings', fc.tuple(mine, paging, optional(period)).map(([id, p, per]) => () => a.affiliateWorkspace.listProgramEarnings(id, { ...p, period: per }))],
      ['affiliateWorkspace.listPayouts', fc.tuple(paging, optional(mine)).map(([p, programId]) => () => a.affiliateWorkspace.listPayouts({ ...p, programId }))],
      ['affiliateWorkspace.clickStats', fc.record({ programId: optional(mine), startDate: optional(day), endDate: optional(day) }).map((f) => () => a.affiliateWorkspace.clickStats(f))],
      ['webhooks.list', optional(program).map((programId) => () => m.webhooks.list({ programId }))],
    ]
    const anyCall = fc.oneof(...calls.map(([name, arb]) => arb.map((run) => ({ name, run }))))
    await fc.assert(
      fc.asyncProperty(anyCall, async ({ name, run }) => {
        const result = await run().catch((e: unknown) => {
          throw new Error(`${name} failed: ${e instanceof AgentRefError ? `${e.status} ${e.code} ${e.message}` : String(e)}`)
        })
        const validate = validators.get(name)
        if (!validate?.(result)) throw new Error(`${name}: ${JSON.stringify(validate?.errors?.slice(0, 3))}`)
      }),
      { numRuns: 300 },
    )
  }, 30_000)

  test('every update and create method, with any valid mix of its declared optional and nullable fields, answers within its declared type (300 runs)', async () => {
    const { merchant: m, affiliate: a } = clients(sb)
    const programs = (await m.programs.list({ pageSize: 100 })).data
    const joined = (await a.affiliateWorkspace.listPrograms()).map((x) => x.programId)
    const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
    const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null })
    let n = 0
    const unique = (prefix: string) => fc.constant(null).map(() => `${prefix}${++n}`)
    const text = fc.string({ minLength: 1, maxLength: 20 }).filter((x) => x.trim() !== '')
    const url = fc.webUrl({ validSchemes: ['https'] })
    const email = fc.emailAddress()
    const program = fc.constantFrom(...programs.map((p) => p.id))
    const commission = fc.record({ commissionType: fc.constantFrom('one_time' as const, 'recurring' as const, 'recurring_limited' as const), commissionPercent: fc.integer({ min: 0, max: 100 }) })
    const programFields = {
      website: optional(url),
      cookieDuration: optional(fc.integer({ min: 1, max: 365 })),
      payoutThreshold: optional(fc.integer({ min: 0, max: 100_000 })),
      autoApproveAffiliates: optional(fc.boolean()),
      description: optional(text),
      landingPageUrl: optional(url),
      currency: optional(fc.constantFrom('EUR', 'USD', 'GBP')),
      marketplaceStatus: optional(fc.constantFrom('private' as const, 'draft' as const, 'public' as const)),
      applicationAccess: optional(fc.constantFrom('open' as const, 'invite_only' as const)),
    }
    // Webhook endpoints on a closed loopback port: deliveries fail at once instead of leaving the machine.
    const hookUrl = fc.webPath().map((path) => `http://127.0.0.1:9${path.startsWith('/') ? path : `/${path}`}`)
    const events = fc.uniqueArray(fc.constantFrom('program.created' as const, 'program.updated' as const, 'affiliate.joined' as const, 'conversion.created' as const, 'payout.completed' as const, 'flag.resolved' as const), { minLength: 1 })
    const hook = await m.webhooks.create({ name: 'property hook', url: 'http://127.0.0.1:9/property', subscribedEvents: ['payout.failed'] })
    const post = await m.marketingResources.createSocialPost(programs[0]?.id ?? '', { title: 'Property post', body: 'Body', platforms: ['x'] })
    const calls: Array<[string, fc.Arbitrary<() => Promise<unknown>>]> = [
      ['programs.create', fc.record({ name: text, c: commission, slug: optional(unique('slug-')), limit: optional(fc.integer({ min: 1, max: 36 })), category: optional(text), mdesc: optional(text), logo: optional(url), ...programFields }).map(({ c, slug, limit, category, mdesc, logo, ...f }) => () => m.programs.create({ ...c, ...f, portalSlug: slug, commissionLimitMonths: limit, marketplaceCategory: category, marketplaceDescription: mdesc, marketplaceLogoUrl: logo }))],
      ['programs.update', fc.record({ id: program, name: optional(text), c: optional(commission), status: optional(fc.constantFrom('active' as const, 'paused' as const)), slug: optional(nullable(unique('slug-'))), limit: optional(nullable(fc.integer({ min: 1, max: 36 }))), category: optional(nullable(text)), mdesc: optional(nullable(text)), logo: optional(nullable(url)), ...programFields }).map(({ id, c, slug, limit, category, mdesc, logo, ...f }) => () => m.programs.update(id, { ...c, ...f, portalSlug: slug, commissionLimitMonths: limit, marketplaceCategory: category, marketplaceDescription: mdesc, marketplaceLogoUrl: logo }))],
      ['programs.updateMarketplace', fc.record({ id: program, status: optional(fc.constantFrom('private' as const, 'draft' as const, 'public' as const)), category: optional(text), description: optional(text), logoUrl: optional(url) }).map(({ id, ...f }) => () => m.programs.updateMarketplace(id, f))],
      ['programs.createInvite', fc.record({ id: program, email: optional(email), name: optional(text), isPublic: optional(fc.boolean()), usageLimit: optional(fc.integer({ min: 1, max: 100 })), expiresInDays: optional(fc.integer({ min: 1, max: 365 })), trackingCode: optional(text), skipOnboarding: optional(fc.boolean()) }).map(({ id, ...f }) => () => m.programs.createInvite(id, f))],
      ['merchant.update', fc.record({ companyName: optional(text), logoUrl: optional(url), timezone: optional(fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York')), defaultCookieDuration: optional(fc.integer({ min: 1, max: 365 })), defaultPayoutThreshold: optional(fc.integer({ min: 0, max: 100_000 })), trackingRequiresConsent: optional(fc.boolean()), trackingParamAliases: optional(fc.uniqueArray(fc.constantFrom('via', 'ref', 'aff', 'partner'), { maxLength: 3 })) }).map((f) => () => m.merchant.update(f))],
      ['notifications.update', fc.record({ newAffiliate: fc.boolean(), newConversion: fc.boolean(), commissionApproved: fc.boolean(), payoutProcessed: fc.boolean(), weeklyDigest: fc.boolean() }, { requiredKeys: [] }).map((f) => () => m.notifications.update(f))],
      ['payoutInfo.update', fc.record({ payoutMethod: fc.constantFrom('paypal' as const, 'bank_transfer' as const), paypalEmail: email, bankAccountHolder: text, bankIban: fc.constant('DE89370400440532013000'), bankBic: fc.constant('COBADEFFXXX'), firstName: text, lastName: text, addressLine1: text, addressLine2: text, city: text, state: text, postalCode: fc.constantFrom('10115', '94105'), vatId: fc.constant('DE123456789') }, { requiredKeys: [] }).map((f) => () => a.payoutInfo.update(f))],
      ['webhooks.update', fc.record({ name: optional(text), url: optional(hookUrl), programId: optional(nullable(program)), schemaVersion: optional(fc.constant(2 as const)), subscribedEvents: optional(events) }).map((f) => () => m.webhooks.update(hook.endpoint.id, f))],
      ['webhooks.create', fc.record({ name: text, url: hookUrl, programId: optional(program), schemaVersion: optional(fc.constant(2 as const)), subscribedEvents: events }).map((f) => () => m.webhooks.create(f))],
      ['marketingResources.createSocialPost', fc.record({ title: text, body: text, platforms: fc.uniqueArray(fc.constantFrom('x' as const, 'linkedin' as const, 'instagram' as const, 'tiktok' as const, 'facebook' as const, 'threads' as const, 'generic' as const), { minLength: 1 }), description: optional(nullable(text)), instructions: optional(nullable(text)), collectionId: optional(fc.constant(null)), folderId: optional(fc.constant(null)), status: optional(fc.constantFrom('draft' as const, 'published' as const)) }).map((f) => () => m.marketingResources.createSocialPost(programs[0]?.id ?? '', f))],
      ['marketingResources.updateSocialPost', fc.record({ title: optional(text), body: optional(text), description: optional(nullable(text)), instructions: optional(nullable(text)), platforms: optional(fc.uniqueArray(fc.constantFrom('x' as const, 'threads' as const, 'generic' as const), { minLength: 1 })) }).map((f) => () => m.marketingResources.updateSocialPost(post.id, { programId: programs[0]?.id ?? '', ...f }))],
      ['affiliateWorkspace.createLink', fc.record({ pid: fc.constantFrom(...joined), name: text, destinationPath: optional(fc.constantFrom('/', '/pricing', '/docs/start')), customSlug: optional(unique('slug-')) }).map(({ pid, ...f }) => () => a.affiliateWorkspace.createLink(f, { programId: pid }))],
      ['billing.subscribe', fc.constantFrom('starter' as const, 'growth' as const, 'pro' as const).map((tier) => () => m.billing.subscribe({ tier }))],
    ]
    const anyCall = fc.oneof(...calls.map(([name, arb]) => arb.map((run) => ({ name, run }))))
    await fc.assert(
      fc.asyncProperty(anyCall, async ({ name, run }) => {
        const result = await run().catch((e: unknown) => {
          throw new Error(`${name} failed: ${e instanceof AgentRefError ? `${e.status} ${e.code} ${e.message} ${JSON.stringify((e as ValidationError).details ?? '')}` : String(e)}`)
        })
        const validate = validators.get(name)
        if (!validate?.(result)) throw new Error(`${name}: ${JSON.stringify(validate?.errors?.slice(0, 3))}`)
      }),
      { numRuns: 300 },
    )
  }, 30_000)
})
