// Deno tests that replay the committed cassette with the network forbidden, and one against the
// sandbox in process. Run: deno test --deny-net --allow-read deno.test.ts
// (in this repository, after `npm run build`: deno test --no-check --deny-net --allow-read
// examples/testing/deno.test.ts; test/examples/testing.test.ts runs it and type-checks it).
import assert from 'node:assert/strict'
import { createAgentRef, listPrograms } from 'affiliate-fetch/agentref'
import { createAgentries, getReferralStats } from 'affiliate-fetch/agentries'
import { CassetteMissError, replayFetch, verifyCassette, type Cassette } from 'affiliate-fetch/cassette'
import { createSandbox } from 'affiliate-fetch/sandbox'

const cassette: Cassette = JSON.parse(await Deno.readTextFile(new URL('./fixtures/session.har', import.meta.url)))

Deno.test('lists the active programs from the cassette', async () => {
  // Any key: the Authorization header is not compared (the cassette holds "[redacted]").
  const client = createAgentRef({ apiKey: 'ak_live_replayed', fetch: replayFetch(cassette) })
  const { data, meta } = await listPrograms(client, { status: 'active' })
  assert.equal(meta.total, 3)
  assert.deepEqual(
    data.map((program) => program.name),
    ['Sandbox Enterprise Partners', 'Sandbox Starter Referral', 'Sandbox Analytics Partners'],
  )
})

Deno.test('a replayed token mint: any Ed25519 key signs, the recorded token answers', async () => {
  // The signature and timestamp are left out of matching; the DID must be the recorded one.
  const client = createAgentries({
    did: 'did:web:agentries.xyz:agent:4452f1862d6bfcb8',
    privateKey: '11'.repeat(32),
    fetch: replayFetch(cassette),
  })
  const stats = await getReferralStats(client)
  assert.equal(stats.total_referrals, 3)
})

Deno.test('a request the cassette does not hold is a CassetteMissError', async () => {
  const client = createAgentRef({ apiKey: 'ak_live_replayed', fetch: replayFetch(cassette) })
  await assert.rejects(listPrograms(client, { status: 'paused' }), (error) => {
    assert.ok(error instanceof CassetteMissError)
    assert.deepEqual(error.differences, [{ kind: 'query', key: 'status', recorded: ['active'], sent: ['paused'] }])
    return true
  })
})

Deno.test('the sandbox in process: no server, no network', async () => {
  const sb = createSandbox()
  try {
    const client = createAgentRef({ apiKey: sb.keys.agentref.merchant, fetch: sb.fetch })
    const { meta } = await listPrograms(client, { status: 'paused' })
    assert.equal(meta.total, 1)
  } finally {
    await sb.close()
  }
})

Deno.test('our types agree with what the cassette recorded', () => {
  // After upgrading affiliate-fetch, or re-recording: a field of another type, or a required one
  // missing, fails here. Unknown fields are information: APIs add fields.
  const { findings } = verifyCassette(cassette)
  assert.deepEqual(findings.filter((finding) => finding.kind !== 'unknown-field'), [])
})
