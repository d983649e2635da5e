// Records fixtures/session.har: the requests the Worker (worker/worker.js) and the Deno test
// (deno.test.ts) make, answered by a sandbox in this process with its demo keys.
// Run after `npm run build`: node examples/testing/record-fixture.mjs
// test/examples/testing.test.ts records again and fails when the committed file differs (past
// timestamps and request ids aside): re-run this script and commit the result.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAgentries, getReferralStats } from 'affiliate-fetch/agentries'
import { recordFetch } from 'affiliate-fetch/cassette'
import { createSandbox } from 'affiliate-fetch/sandbox'
import { handle } from './worker/worker.js'

export const fixtureFile = fileURLToPath(new URL('./fixtures/session.har', import.meta.url))

export async function recordSession() {
  const sb = createSandbox()
  const { fetch, cassette } = recordFetch({ fetch: sb.fetch })
  try {
    // AgentRef: what the Worker sends for GET /programs.
    const response = await handle(new Request('http://worker.test/programs'), { AGENTREF_API_KEY: sb.keys.agentref.merchant }, fetch)
    if (!response.ok) throw new Error(`the Worker answered ${response.status}: ${await response.text()}`)
    // Agentries: a token mint, then a call with that token.
    const agentries = createAgentries({ did: sb.keys.agentries.did, privateKey: sb.keys.agentries.privateKey, fetch })
    await getReferralStats(agentries)
  } finally {
    await sb.close()
  }
  return cassette
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cassette = await recordSession()
  writeFileSync(fixtureFile, `${JSON.stringify(cassette, null, 2)}\n`)
  console.log(`${cassette.log.entries.length} exchanges written to ${path.relative(process.cwd(), fixtureFile)}`)
}
