// CommonJS callers: `require()` of every entry point, on the Node versions that can require ESM
// (20.19+, 22.12+, 24, 26). Copied into the consumer project next to cli.mjs. Each subpath must
// give the very same module objects as `import()` does (one copy of each class), and a call made
// through the required functions must work. Prints one JSON line: { ok, checked, error? }.
'use strict'
const subpaths = ['affiliate-fetch', 'affiliate-fetch/agentref', 'affiliate-fetch/agentclick', 'affiliate-fetch/agentries', 'affiliate-fetch/sandbox']
const expected = {
  'affiliate-fetch': ['AffiliateError', 'isAffiliateError', 'retry'],
  'affiliate-fetch/agentref': ['createAgentRef', 'listPrograms', 'createPayout', 'paginate', 'verifyWebhook'],
  'affiliate-fetch/agentclick': ['createAgentClick', 'trackClick', 'callAction'],
  'affiliate-fetch/agentries': ['createAgentries', 'createReferralCode', 'getAuthToken'],
  'affiliate-fetch/sandbox': ['startSandbox', 'createSandbox'],
}

async function main() {
  let checked = 0
  for (const name of subpaths) {
    const required = require(name)
    const imported = await import(name)
    for (const key of expected[name]) {
      if (typeof required[key] !== 'function') throw new Error(`require('${name}').${key} is ${typeof required[key]}`)
      if (required[key] !== imported[key]) throw new Error(`require('${name}').${key} is not the module import() gives`)
      checked++
    }
  }
  // One real round trip through required functions: the local sandbox, started and stopped here.
  const { startSandbox } = require('affiliate-fetch/sandbox')
  const { createAgentRef, getProgram, NotFoundError } = require('affiliate-fetch/agentref')
  const sandbox = await startSandbox({ seed: 1 })
  try {
    const ar = createAgentRef({ apiKey: sandbox.keys.agentref.merchant, baseUrl: sandbox.agentrefUrl })
    const error = await getProgram(ar, 'no-such-program').then(() => undefined, (e) => e)
    if (!(error instanceof NotFoundError)) throw new Error(`getProgram of an unknown id gave ${error}`)
    checked++
  } finally {
    await sandbox.close()
  }
  console.log(JSON.stringify({ ok: true, checked }))
}

main().catch((error) => {
  console.log(JSON.stringify({ ok: false, error: String(error && error.message ? error.message : error) }))
  process.exitCode = 1
})
