// Every tool's structured result against its declared output schema, checked by the MCP SDK's own
// Client: it compiles each tool's `outputSchema` from `tools/list` and throws when a call's
// `structuredContent` does not conform (or is missing). Every read tool runs against the sandbox,
// and every write, money and destructive tool in a sequence where the sandbox lets it succeed.
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createAgentClick } from '../../src/agentclick/index.js'
import { createAgentRef } from '../../src/agentref/index.js'
import { createAgentries } from '../../src/agentries/index.js'
import { recordFetch, verifyCassette } from '../../src/cassette/index.js'
import { createMcpServer, type McpServerOptions } from '../../src/mcp/index.js'
import { startSandbox } from '../../src/sandbox/index.js'
import { toolWire } from '../../src/tools/generated/wire.js'
import { tools, type ToolAccess } from '../../src/tools/index.js'

type Sandbox = Awaited<ReturnType<typeof startSandbox>>
// biome-ignore lint: results are read loosely here; the schemas are what is under test
type Json = any

const ACCESS: ToolAccess[] = ['read', 'write', 'money', 'destructive']
/** Every exchange of the sequences, for verifyCassette to hold against the same schemas. */
const recorder = recordFetch()
const fetch = recorder.fetch
/** Tool name → how many of its results the client validated. */
const validated = new Map<string, number>()

async function connect(options: McpServerOptions) {
  const server = createMcpServer({ ...options, allow: ACCESS })
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair()
  await server.connect(serverSide)
  const client = new Client({ name: 'structured-content-test', version: '1.0.0' })
  await client.connect(clientSide)
  // Listing caches each tool's output-schema validator in the client.
  const { tools: listed } = await client.listTools()
  for (const t of listed) expect(t.outputSchema, t.name).toEqual(tools.find((u) => u.name === t.name)!.outputSchema)
  /** One successful call, validated by the client; returns its structured content. */
  const call = async (name: string, args: Record<string, unknown> = {}): Promise<Json> => {
    const outcome = await client.callTool({ name, arguments: args })
    const content = outcome.content as { type: string; text: string }[]
    if (outcome.isError) throw new Error(`${name} failed: ${content[0]?.text}`)
    expect(outcome.structuredContent, name).toBeDefined()
    expect(JSON.parse(content[0]!.text), name).toEqual(outcome.structuredContent)
    validated.set(name, (validated.get(name) ?? 0) + 1)
    return outcome.structuredContent
  }
  return { client, call, close: () => client.close() }
}

let sb: Sandbox
beforeAll(async () => {
  // No webhook retries: the sequence creates an endpoint that nothing listens on.
  sb = await startSandbox({ seed: 7, webhooks: { retryDelays: [], timeout: 500 } })
})
afterAll(() => sb?.close())

const merchant = () => connect({ agentref: createAgentRef({ apiKey: sb.keys.agentref.merchant, baseUrl: sb.agentrefUrl, fetch }) })
const affiliate = () => connect({ agentref: createAgentRef({ apiKey: sb.keys.agentref.affiliate, baseUrl: sb.agentrefUrl, fetch }) })

describe('structuredContent validated by the MCP SDK Client, every tool', { timeout: 60_000 }, () => {
  test('AgentRef, merchant key: reads, then writes, money and destructive calls in sequence', async () => {
    const { call, close } = await merchant()
    const { data: programs } = await call('agentref_list_programs')
    const main = programs.find((p: Json) => p.name === 'Sandbox Analytics Partners')
    const starter = programs.find((p: Json) => p.name === 'Sandbox Starter Referral')
    const enterprise = programs.find((p: Json) => p.name === 'Sandbox Enterprise Partners')
    await call('agentref_get_program', { id: main.id })
    await call('agentref_get_program_stats', { id: main.id, period: '30d' })
    const { data: members } = await call('agentref_list_program_affiliates', { id: main.id })
    await call('agentref_list_coupons', { id: main.id })
    const { result: invites } = await call('agentref_list_invites', { id: enterprise.id })
    await call('agentref_get_invite', { token: invites[0].token })
    await call('agentref_get_tracking_status', { programId: main.id })
    const { data: applications } = await call('agentref_list_applications')
    await call('agentref_get_application', { id: applications[0].id })
    const { data: affiliates } = await call('agentref_list_affiliates')
    await call('agentref_get_affiliate', { id: affiliates[0].id, include: 'stats' })
    const { result: resources } = await call('agentref_list_marketing_resources', { programId: main.id })
    await call('agentref_create_marketing_resource_download_url', { programId: main.id, resourceId: resources[0].id })
    for (const name of ['list_conversions', 'get_conversion_stats', 'list_recent_conversions', 'list_payouts', 'get_payout_stats', 'list_flags', 'get_flag_stats', 'get_billing', 'list_billing_tiers', 'get_merchant', 'get_notification_preferences', 'list_webhooks']) {
      await call(`agentref_${name}`)
    }
    const { data: pending } = await call('agentref_list_pending_affiliates')

    // Programs, coupons, invites, marketplace and Stripe.
    const created = await call('agentref_create_program', { name: 'MCP schema check', commissionType: 'one_time', commissionPercent: 12 })
    await call('agentref_update_program', { id: created.id, description: 'Checked by the MCP client', status: 'paused' })
    await call('agentref_update_program_marketplace', { id: created.id, status: 'public', category: 'saas' })
    await call('agentref_connect_stripe', { id: created.id })
    await call('agentref_disconnect_stripe', { id: starter.id })
    const coupon = await call('agentref_create_coupon', { id: main.id, affiliateId: members[0].id, code: 'MCPCHECK' })
    await call('agentref_delete_coupon', { couponId: coupon.id })
    await call('agentref_create_invite', { id: main.id, email: 'invitee@partners.test' })
    await call('agentref_delete_program', { id: created.id })

    // Applications and affiliates.
    const open = applications.filter((a: Json) => a.status === 'pending')
    await call('agentref_approve_application', { id: open[0].id, note: 'Welcome' })
    await call('agentref_decline_application', { id: open[1].id })
    await call('agentref_block_application', { id: open[2].id, note: 'Spam' })
    const approved = affiliates.find((a: Json) => a.status === 'approved')
    await call('agentref_block_affiliate', { id: approved.id, reason: 'Check' })
    await call('agentref_unblock_affiliate', { id: approved.id })

    // A social post through its whole media life cycle.
    const post = await call('agentref_create_social_post', { programId: main.id, title: 'Schema week', body: 'Try it: {{affiliate_link}}', platforms: ['x'] })
    const target = { resourceId: post.id, programId: main.id }
    await call('agentref_update_social_post', { ...target, title: 'Schema week, again' })
    const upload = async (fileName: string) => {
      const session = await call('agentref_create_social_post_media_upload_session', { ...target, fileName, mimeType: 'image/png', fileSizeBytes: 2048 })
      return { uploadPath: session.upload_path, uploadToken: session.upload_token, fileName }
    }
    await call('agentref_complete_social_post_media_upload', { ...target, ...(await upload('one.png')) })
    const withTwo = await call('agentref_complete_social_post_media_upload', { ...target, ...(await upload('two.png')), altText: 'Two' })
    const mediaIds = withTwo.media.map((m: Json) => m.id)
    await call('agentref_reorder_social_post_media', { ...target, mediaIds: [...mediaIds].reverse() })
    await call('agentref_update_social_post_media', { ...target, mediaId: mediaIds[0], altText: 'One' })
    await call('agentref_replace_social_post_media', { ...target, mediaId: mediaIds[0], ...(await upload('one-b.png')) })
    await call('agentref_remove_social_post_media', { ...target, mediaId: mediaIds[1] })
    await call('agentref_publish_marketing_resource', { ...target, notifyAffiliates: true })
    await call('agentref_notify_affiliates', target)
    await call('agentref_unpublish_marketing_resource', target)
    await call('agentref_archive_marketing_resource', target)

    // Money, flags, billing, account and onboarding.
    const owed = pending.find((a: Json) => a.meetsThreshold) ?? pending[0]
    await call('agentref_create_payout', { affiliateId: owed.affiliateId, programId: owed.programId, method: 'paypal' })
    const { data: flags } = await call('agentref_list_flags', { status: 'open' })
    await call('agentref_resolve_flag', { id: flags[0].id, status: 'reviewed', note: 'Looked fine' })
    await call('agentref_subscribe_billing', { tier: 'starter' })
    await call('agentref_update_merchant', { timezone: 'Europe/Berlin' })
    await call('agentref_update_notification_preferences', { weeklyDigest: true })
    await call('agentref_upsert_merchant_profile', { companyName: 'Sandbox Analytics GmbH' })
    await call('agentref_complete_onboarding')
    await call('agentref_claim_invite', { token: invites[0].token })

    // Webhook endpoints.
    const hook = await call('agentref_create_webhook', { name: 'Schema check', url: `${sb.url}/nowhere`, subscribedEvents: ['payout.completed'] })
    await call('agentref_get_webhook', { id: hook.endpoint.id })
    await call('agentref_update_webhook', { id: hook.endpoint.id, name: 'Schema check 2' })
    await call('agentref_rotate_webhook_secret', { id: hook.endpoint.id })
    await call('agentref_delete_webhook', { id: hook.endpoint.id })
    await close()
  })

  test('AgentRef, affiliate key: the workspace, marketplace and affiliate marketing resources', async () => {
    const { call, close } = await affiliate()
    await call('agentref_get_workspace_overview')
    await call('agentref_get_workspace_identity')
    const { result: joined } = await call('agentref_list_workspace_programs')
    const programId = joined.find((p: Json) => p.programName === 'Sandbox Analytics Partners').programId
    await call('agentref_get_workspace_program', { programId })
    await call('agentref_get_workspace_earnings')
    await call('agentref_list_workspace_program_earnings', { programId, period: 'all' })
    await call('agentref_list_workspace_payouts')
    await call('agentref_list_links')
    await call('agentref_get_click_stats', { programId })
    await call('agentref_get_payout_info')
    const { data: marketplace } = await call('agentref_list_marketplace_programs')
    const { result: resources } = await call('agentref_list_affiliate_marketing_resources', { programId })
    const post = resources.find((r: Json) => r.kind === 'social_post')
    await call('agentref_get_affiliate_marketing_resource', { resourceId: post.id, programId })
    await call('agentref_create_affiliate_download_url', { programId, resourceId: post.id })
    await call('agentref_render_social_post', { resourceId: post.id, programId })

    const link = await call('agentref_create_link', { name: 'Schema link', programId, destinationPath: '/pricing' })
    await call('agentref_update_link', { id: link.id, isActive: false, programId })
    await call('agentref_delete_link', { id: link.id, programId })
    await call('agentref_update_payout_info', { city: 'Berlin', payoutMethod: 'paypal', paypalEmail: 'sandy@partners.test' })
    const open = marketplace.find((p: Json) => !p.joined && p.applicationAccess === 'open')
    await call('agentref_apply_to_marketplace_program', { programId: open.programId, message: 'Schema check' })
    await close()
  })

  test('AgentClick, agent key', async () => {
    const { call, close } = await connect({ agentclick: createAgentClick({ apiKey: sb.keys.agentclick.agent, baseUrl: sb.agentclickUrl, fetch }) })
    for (const name of ['check_health', 'list_categories', 'get_platform_stats', 'get_profile', 'get_api_key_info', 'list_selfback_programs', 'get_report', 'get_earnings_summary', 'list_earnings_payouts', 'list_notifications', 'get_catalog', 'list_category_counts']) {
      await call(`agentclick_${name}`)
    }
    const { programs } = await call('agentclick_search_programs', { per_page: 50 })
    await call('agentclick_get_program', { program_id: programs[0].id })
    await call('agentclick_get_agent_program', { program_id: programs[0].id })
    await call('agentclick_recommend_programs', { use_case: 'chatbot', limit: 3 })
    const { partnerships } = await call('agentclick_list_partnerships')
    const approved = partnerships.find((p: Json) => p.status === 'approved')
    const pending = partnerships.find((p: Json) => p.status === 'pending')
    await call('agentclick_generate_links', { partnership_id: approved.partnership_id })

    const partnered = new Set(partnerships.map((p: Json) => p.program_id))
    await call('agentclick_apply_for_partnership', { program_id: programs.find((p: Json) => !partnered.has(p.id)).id })
    await call('agentclick_cancel_partnership', { partnership_id: pending.partnership_id })
    await call('agentclick_track_click', { partnership_id: approved.partnership_id, context: 'chatbot' })
    await call('agentclick_record_conversion', { tracking_code: approved.tracking_code, order_id: 'mcp-schema-1', amount: 4800 })
    const { programs: selfback } = await call('agentclick_list_selfback_programs')
    await call('agentclick_apply_for_selfback', { program_id: selfback[0].id })
    await call('agentclick_mark_notifications_read')
    await close()
  })

  test('Agentries, the seeded agent', async () => {
    const { did, privateKey } = sb.keys.agentries
    const { call, close } = await connect({ agentries: createAgentries({ did, privateKey, baseUrl: sb.agentriesUrl, fetch }) })
    await call('agentries_get_agent_referrals', { did })
    await call('agentries_list_referral_codes')
    const { code } = await call('agentries_create_referral_code', { max_uses: 5 })
    await call('agentries_disable_referral_code', { code })
    await call('agentries_list_my_referrals', { limit: 10 })
    await call('agentries_get_referral_stats')
    await close()
  })

  test('every one of the 116 tools had its result validated; counts per access class', () => {
    const missing = tools.filter((t) => !validated.has(t.name)).map((t) => t.name)
    expect(missing).toEqual([])
    const perClass = Object.fromEntries(ACCESS.map((a) => [a, tools.filter((t) => t.access === a).reduce((n, t) => n + (validated.get(t.name) ?? 0), 0)]))
    console.log('results validated by the MCP client, per access class:', perClass)
    for (const a of ACCESS) expect(perClass[a]).toBeGreaterThanOrEqual(tools.filter((t) => t.access === a).length)
  })

  test('the same exchanges, recorded as a cassette, give verifyCassette no finding but unknown fields, on every operation', () => {
    const { entries, findings } = verifyCassette(recorder.cassette)
    const operations = new Set(entries.map((e) => e.operation))
    expect(tools.filter((t) => !operations.has(`${t.name.slice(0, t.name.indexOf('_'))}.${toolWire[t.name]!.function}`)).map((t) => t.name)).toEqual([])
    expect(findings.filter((f) => f.kind !== 'unknown-field')).toEqual([])
    const unknown = [...new Set(findings.map((f) => `${f.operation} ${f.path.replace(/\[\d+\]/g, '[]')}`))]
    console.log(`verifyCassette: ${entries.length} exchanges, ${unknown.length} unknown fields:\n${unknown.join('\n')}`)
  })
})

describe('the check is real', () => {
  test('a result that breaks the output schema is refused by the client; a tool error has no structuredContent', async () => {
    // An AgentRef server whose program comes back without its documented fields.
    const fetchStub = async (input: RequestInfo | URL) => {
      const url = String(input)
      if (url.includes('/programs/prg_bad')) return Response.json({ data: { id: 'prg_bad', name: 42 }, meta: {} })
      return Response.json({ error: { code: 'NOT_FOUND', message: 'No such program' }, meta: {} }, { status: 404 })
    }
    const { client, close } = await connect({ agentref: createAgentRef({ apiKey: 'ak_live_x', baseUrl: 'https://agentref.test/api/v1', fetch: fetchStub }) })
    await expect(client.callTool({ name: 'agentref_get_program', arguments: { id: 'prg_bad' } })).rejects.toThrow(/structured content does not match the tool's output schema/i)
    const failed = await client.callTool({ name: 'agentref_get_program', arguments: { id: 'prg_missing' } })
    expect(failed.isError).toBe(true)
    expect(failed.structuredContent).toBeUndefined()
    await close()
  })
})
