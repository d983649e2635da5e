#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { parseFaultSpec } from './faults.ts'
import { startSandbox } from './start.ts'

const HELP = `affiliate-fetch-sandbox: local AgentRef, AgentClick and Agentries emulator

Usage: affiliate-fetch-sandbox [--port N] [--host H] [--seed N] [--faults SPEC] [--conversions N] [--log]

  --port N       port to listen on (default 4010; 0 = any free port)
  --host H       interface (default 127.0.0.1)
  --seed N       data / key / fault seed (default 1)
  --faults SPEC  fault rules, comma-separated ROUTE:EFFECT[:MOD...]
                 EFFECT: drop-before | drop-after | duplicate | <status> | latency=MS | <MS>ms
                 MOD:    N (times) | 0.N (rate) | times=N | rate=X | retry=S | latency=MS
                 e.g.    "POST /payouts:drop-after:1,GET /programs:503:0.2,agent.track_click:429:retry=5"
                 ROUTE "WEBHOOK <event type or receiver path>" acts on outgoing webhook deliveries"
  --conversions N
                 seed N more AgentRef conversions, one a minute up to now
                 (load tests; default 0)
  --log          print one line per request
  --help         this text

Stops on SIGINT / SIGTERM.`

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string', default: '1' },
      faults: { type: 'string' },
      conversions: { type: 'string', default: '0' },
      log: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(HELP)
    return
  }
  const port = Number(values.port)
  const seed = Number(values.seed)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, got ${values.port}`)
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${values.seed}`)
  const conversions = Number(values.conversions)
  if (!/^\d+$/.test(values.conversions) || !Number.isSafeInteger(conversions)) throw new Error(`--conversions must be a non-negative integer, got ${values.conversions}`)
  const faults = values.faults ? parseFaultSpec(values.faults) : []

  const sandbox = await startSandbox({ port, host: values.host, seed, faults, log: values.log, bulk: { conversions } })
  const { agentref, agentclick, agentries } = sandbox.keys
  console.log(`affiliate-fetch sandbox listening on ${sandbox.url} (seed ${seed}${conversions ? `, ${conversions} extra conversions` : ''})

AgentRef    ${sandbox.agentrefUrl}
  merchant key    ${agentref.merchant}
  affiliate key   ${agentref.affiliate}
  onboarding key  ${agentref.onboarding}

AgentClick  ${sandbox.agentclickUrl}
  agent key       ${agentclick.agent}
  publisher key   ${agentclick.publisher}
  advertiser key  ${agentclick.advertiser}

Agentries   ${sandbox.agentriesUrl}
  did             ${agentries.did}
  private seed    ${agentries.privateKey}
  public key      ${agentries.publicKey}
${faults.length ? `\nFaults: ${JSON.stringify(faults)}\n` : ''}
Ctrl-C to stop.`)

  const stop = () => {
    void sandbox.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
