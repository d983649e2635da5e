// A session on all three providers, recorded once by run.mjs against the sandbox over HTTP and
// replayed from that cassette by every runtime (the cassette case of suite.mjs): the same calls in
// the same order, so the two results must be deep-equal. Runtime-neutral, no imports.
//
// `lib` holds the entry points as namespaces (lib.mjs); `config` is
// `{ agentref: { apiKey, baseUrl }, agentclick: { apiKey, baseUrl }, agentries: { did, privateKey, baseUrl } }`;
// `fetch` is the recording or replaying fetch. The result is plain JSON and holds nothing a cassette
// changes: the webhook's signing secret (redacted in a cassette) becomes a flag.

export async function cassetteSession(lib, config, fetch) {
  const { agentref: ar, agentclick: ac, agentries: ag } = lib
  // dangerouslyAllowBrowser: the replay also runs in pages (happy-dom, Chromium).
  const merchant = ar.createAgentRef({ ...config.agentref, fetch, dangerouslyAllowBrowser: true })
  const agent = ac.createAgentClick({ ...config.agentclick, fetch, dangerouslyAllowBrowser: true })
  const agentries = ag.createAgentries({ ...config.agentries, fetch, dangerouslyAllowBrowser: true })
  const out = {}

  out.programs = await ar.listPrograms(merchant, { pageSize: 3 })
  // The caller's own Idempotency-Key, as a retry-safe create would pass it.
  out.created = await ar.createProgram(merchant, { name: 'Cassette program', commissionType: 'one_time', commissionPercent: 15 }, { idempotencyKey: 'runtime-cassette-program' })
  out.program = await ar.getProgram(merchant, out.created.id)
  const { signingSecret, ...webhook } = await ar.createWebhook(merchant, { name: 'runtime hook', url: 'https://hooks.example.com/runtime', subscribedEvents: ['program.created'] })
  // Live it is `whsec_…`; replayed it is the cassette's `[redacted]`: both count as "a secret came back".
  out.webhook = { ...webhook, signingSecret: /^whsec_|^\[redacted\]$/.test(signingSecret) }
  out.conversions = []
  for await (const conversion of ar.paginate(ar.listConversions, merchant, { pageSize: 4 })) out.conversions.push(conversion)

  out.search = await ac.searchPrograms(agent, { per_page: 3 })
  out.health = await ac.checkHealth(agent)
  // Partnership 1 is the sandbox agent's first approved one.
  out.click = await ac.trackClick(agent, { partnership_id: 1, context: 'runtime-cassette' })

  // The first call mints a token: live it is a JWT the result never shows; replayed it is the placeholder.
  out.code = await ag.createReferralCode(agentries, { max_uses: 5 })
  out.codes = await ag.listReferralCodes(agentries)
  out.stats = await ag.getReferralStats(agentries)

  return JSON.parse(JSON.stringify(out))
}
