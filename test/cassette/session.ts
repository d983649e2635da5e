// A session on all three providers, used to record a cassette against the sandbox over HTTP and to
// replay it: the same calls, in the same order, with results that must come out equal.
import * as ac from '../../src/agentclick/index.js'
import * as ar from '../../src/agentref/index.js'
import * as ag from '../../src/agentries/index.js'
import type { FetchLike } from '../../src/core/types.js'

export interface SessionConfig {
  agentref: { apiKey: string; baseUrl: string }
  agentclick: { apiKey: string; baseUrl: string }
  agentries: { did: string; privateKey: string; baseUrl: string }
}

export async function session(config: SessionConfig, fetch: FetchLike): Promise<Record<string, unknown>> {
  const merchant = ar.createAgentRef({ ...config.agentref, fetch })
  const agent = ac.createAgentClick({ ...config.agentclick, fetch })
  const agentries = ag.createAgentries({ ...config.agentries, fetch })
  const out: Record<string, unknown> = {}
  out.programs = await ar.listPrograms(merchant, { pageSize: 3 })
  out.created = await ar.createProgram(merchant, { name: 'Cassette program', commissionType: 'one_time', commissionPercent: 15 }, { idempotencyKey: 'cassette-program-1' })
  out.program = await ar.getProgram(merchant, (out.created as { id: string }).id)
  const { signingSecret, ...webhook } = await ar.createWebhook(merchant, { name: 'hook', url: 'https://example.com/hook', subscribedEvents: ['program.created'] })
  // A cassette never holds the secret itself: live it is whsec_…, replayed it is the placeholder.
  out.webhook = { ...webhook, signingSecret: /^whsec_|^\[redacted\]$/.test(signingSecret) }
  out.conversions = []
  for await (const c of ar.paginate(ar.listConversions, merchant, { pageSize: 4 })) (out.conversions as unknown[]).push(c)
  out.search = await ac.searchPrograms(agent, { per_page: 3 })
  out.health = await ac.checkHealth(agent)
  out.code = await ag.createReferralCode(agentries, { max_uses: 5 })
  out.codes = await ag.listReferralCodes(agentries)
  out.stats = await ag.getReferralStats(agentries)
  return JSON.parse(JSON.stringify(out))
}
