// Deno: an agent looks for AgentClick programs to recommend. Run: npm run example:deno
// (deno run --allow-net --allow-env --allow-read examples/deno.ts: with AGENTCLICK_API_KEY set it
// calls AgentClick, with SANDBOX_URL a running sandbox, with neither a sandbox in this process)
import { createAgentClick, isAffiliateError, listCategories, recommendPrograms, searchPrograms } from 'affiliate-fetch/agentclick'
import { exampleConfig } from './config.mjs'

const config = await exampleConfig()
const { agentclick } = config
const ac = createAgentClick(agentclick)

const { categories } = await listCategories(ac)
const { programs } = await searchPrograms(ac, { reward_type: 'cpa', sort: 'reward_desc', per_page: 3 })
try {
  const picks = await recommendPrograms(ac, { use_case: 'customer support chatbot', limit: 3 }, { signal: AbortSignal.timeout(5_000) })
  console.log(`recommended: ${picks.programs.map((p) => p.name).join(', ')}`)
} catch (error) {
  // Typed errors: a key without the agent role gets a ForbiddenError here.
  if (!isAffiliateError(error)) throw error
  console.log(`recommend unavailable: ${error.name}`)
}
console.log(`deno: ${categories.length} categories, top CPA programs: ${programs.map((p) => p.name).join(', ')}`)
await config.close()
