// Runner-side (Node, never copied into the consumer): records the cassette session once, with the
// installed package, against the sandbox over real HTTP on loopback, and writes what every runtime
// replays into the consumer as shared/recorded-session.mjs. A plain ES module (JSON as a literal)
// on purpose: every runtime and bundler imports it as it is, with no JSON import attributes and
// no file or network read at replay time.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const MODULE = 'shared/recorded-session.mjs'

const write = (consumerDir, recorded) =>
  writeFileSync(path.join(consumerDir, MODULE), `// Written by run.mjs (shared/record-session.mjs): the recorded cassette session.\nexport const recorded = ${JSON.stringify(recorded)}\n`)

/** Records and writes the module; returns a report line. On failure the module carries the error, so each runtime's replay fails with it. */
export async function recordSession(consumerDir) {
  try {
    // Imported through the consumer's files, so bare names resolve to the installed tarball.
    const lib = await import(pathToFileURL(path.join(consumerDir, 'shared/lib.mjs')).href)
    const { cassetteSession } = await import(pathToFileURL(path.join(consumerDir, 'shared/cassette-session.mjs')).href)
    // Webhook deliveries go to `deliver`, never to the network.
    const sandbox = await lib.sandbox.startSandbox({ seed: 3, deliver: () => new Response(null, { status: 204 }) })
    try {
      const config = {
        agentref: { apiKey: sandbox.keys.agentref.merchant, baseUrl: sandbox.agentrefUrl },
        agentclick: { apiKey: sandbox.keys.agentclick.agent, baseUrl: sandbox.agentclickUrl },
        agentries: { did: sandbox.keys.agentries.did, privateKey: sandbox.keys.agentries.privateKey, baseUrl: sandbox.agentriesUrl },
      }
      const { fetch, cassette } = lib.cassette.recordFetch() // the global fetch: real HTTP to the sandbox
      const expected = await cassetteSession(lib, config, fetch)
      const text = JSON.stringify(cassette)
      const leaked = [config.agentref.apiKey, config.agentclick.apiKey, config.agentries.privateKey].filter((secret) => text.includes(secret))
      if (leaked.length > 0) throw new Error(`the cassette holds ${leaked.length} of the session's credentials`)
      const { findings } = lib.cassette.verifyCassette(cassette)
      const problems = findings.filter((f) => f.kind !== 'unknown-field') // unknown fields are information, not errors
      if (problems.length > 0) throw new Error(`verifyCassette: ${problems.map((f) => `${f.kind} ${f.operation} ${f.path}`).join('; ')}`)
      // Credentials stay out: the replay brings its own (the cassette holds none, and replay matches no header).
      const baseUrls = { agentref: config.agentref.baseUrl, agentclick: config.agentclick.baseUrl, agentries: config.agentries.baseUrl }
      const recordedOn = `node ${process.versions.node}`
      write(consumerDir, { recordedOn, baseUrls, did: config.agentries.did, cassette, expected })
      const summary = `${cassette.log.entries.length} exchanges recorded on ${recordedOn} against the sandbox over HTTP, ${Object.keys(expected).length} results; verifyCassette: ${findings.length} unknown fields`
      return { name: 'cassette', status: 'passed', summary }
    } finally {
      await sandbox.close()
    }
  } catch (error) {
    const message = String(error?.message ?? error)
    write(consumerDir, { error: `recording failed: ${message}` })
    return { name: 'cassette', status: 'failed', summary: 'recording failed', details: [message] }
  }
}
