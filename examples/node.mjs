// Node: a merchant's overview on AgentRef. Run: npm run example:node
import { createAgentRef, getConversionStats, listConversions, listPrograms, paginate } from 'affiliate-fetch/agentref'
import { exampleConfig } from './config.mjs'

const config = await exampleConfig()
const { agentref } = config
const ar = createAgentRef({ ...agentref, timeout: 10_000 })

const { data: programs, meta } = await listPrograms(ar, { status: 'active' })
console.log(`${meta.total} active programs: ${programs.map((p) => p.name).join(', ')}`)

// paginate() fetches page after page while you iterate; breaking out stops the requests.
let approved = 0
for await (const conversion of paginate(listConversions, ar, { status: 'approved', pageSize: 25 })) approved += conversion.commission
const stats = await getConversionStats(ar, { period: '30d' })
console.log(`node: ${programs.length} programs, ${stats.total} conversions in 30 days, ${(approved / 100).toFixed(2)} approved commission`)
await config.close()
