// Bundled for the browser by serve.mjs (esbuild), exactly as an app's bundler would.
import { checkHealth, createAgentClick } from 'affiliate-fetch/agentclick'
import { createAgentries, getAgentReferrals } from 'affiliate-fetch/agentries'

const out = document.getElementById('out')
const { agentclickUrl, agentriesUrl, did } = window.SANDBOX
try {
  const health = await checkHealth(createAgentClick({ baseUrl: agentclickUrl })) // no key: no opt-in needed
  const counts = await getAgentReferrals(createAgentries({ baseUrl: agentriesUrl }), did)
  out.textContent = `AgentClick health: ${JSON.stringify(health)}\nAgentries referrals of ${did}: ${JSON.stringify(counts)}`
  document.title = 'done'
} catch (error) {
  out.textContent = `${error.name}: ${error.message}`
  document.title = 'failed'
}
