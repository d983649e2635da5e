// Bun: an agent mints its Agentries token from its Ed25519 key and manages referral codes.
// Run: npm run example:bun (bun examples/bun.ts: with AGENTRIES_DID/AGENTRIES_PRIVATE_KEY set it
// calls Agentries, with SANDBOX_URL a running sandbox, with neither a sandbox in this process)
import { createAgentries, createReferralCode, getReferralStats, listReferralCodes, RateLimitError } from 'affiliate-fetch/agentries'
import { exampleConfig } from './config.mjs'

const config = await exampleConfig()
const { agentries } = config
const ag = createAgentries(agentries) // the token is minted on the first call and cached

try {
  const { code } = await createReferralCode(ag, { max_uses: 10 })
  console.log(`new referral code: ${code}`)
} catch (error) {
  // A 429 here is the code quota, not a transient limit: it is never retried.
  if (!(error instanceof RateLimitError)) throw error
  console.log('code quota reached')
}
const codes = (await listReferralCodes(ag)) as { codes?: unknown[] }
const stats = await getReferralStats(ag)
console.log(`bun: ${codes.codes?.length ?? 0} codes, ${stats.total_referrals} referrals, ${stats.referral_bonus_points} bonus points`)
await config.close()
