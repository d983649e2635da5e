#!/usr/bin/env node
// npm run demo: starts the local sandbox and runs the library's real jobs end to end through the
// public package (exactly what users import), then the Node, Deno and Bun examples against it.
// Prints a short report; exits non-zero, saying what failed, on any failure.
//
// `npm run demo -- --record FILE`: every API exchange of the run (this process, the MCP server, the
// command line and the examples) goes through a recording proxy in front of the sandbox; the
// cassette is written to FILE and held against our types (verifyCassette): a finding other than an
// unknown field is a disagreement between the sandbox and our types, and fails the demo.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBuilt } from './ensure-built.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
ensureBuilt()

const { startSandbox } = await import('affiliate-fetch/sandbox')
const ar = await import('affiliate-fetch/agentref')
const ac = await import('affiliate-fetch/agentclick')
const ag = await import('affiliate-fetch/agentries')

const line = (text = '') => console.log(text)
const step = (title) => line(`\n▸ ${title}`)
const show = (label, value) => line(`  ${label.padEnd(28)} ${value}`)
let retries = 0
const onRetry = ({ error, attempt, delay }) => {
  retries++
  show(`  retry #${attempt + 1} in ${delay} ms`, `after ${error.name}${error.status ? ` ${error.status}` : ''}`)
}

// The first POST /payouts is processed and then its connection is dropped: the client sees a
// network error after the payout was made. The retry carries the same idempotency key.
const sandbox = await startSandbox({ seed: 7, faults: 'POST /payouts:drop-after:1' })
const receiver = await startReceiver()
const recordTo = process.argv.includes('--record') ? process.argv[process.argv.indexOf('--record') + 1] : undefined
if (process.argv.includes('--record') && !recordTo) throw new Error('--record needs a file name')
// Where the API calls go: the sandbox itself, or the recording proxy in front of it.
const proxy = recordTo ? await startRecordingProxy(sandbox.url) : undefined
const api = proxy ? Object.fromEntries(['url', 'agentrefUrl', 'agentclickUrl', 'agentriesUrl'].map((k) => [k, sandbox[k].replace(sandbox.url, proxy.url)])) : sandbox
let failed = false
try {
  line(`Sandbox on ${sandbox.url} (AgentRef, AgentClick, Agentries), webhook receiver on ${receiver.url}`)
  if (proxy) line(`Recording every exchange through ${proxy.url} to ${recordTo}`)

  // ── A merchant on AgentRef ──────────────────────────────────────────────────────────────────
  const merchant = ar.createAgentRef({ apiKey: sandbox.keys.agentref.merchant, baseUrl: api.agentrefUrl })

  step('Merchant: register a webhook endpoint (AgentRef createWebhook)')
  const hook = await ar.createWebhook(merchant, {
    name: 'demo receiver',
    url: `${receiver.url}/webhooks/agentref`,
    subscribedEvents: ['program.created', 'payout.created', 'conversion.created', 'affiliate.approved'],
  })
  receiver.secret = hook.signingSecret
  show('endpoint', `${hook.endpoint.id} → ${hook.endpoint.url}`)

  step('Merchant: list programs, create one')
  const { data: programs, meta } = await ar.listPrograms(merchant, { status: 'active', pageSize: 5 })
  show('active programs', `${meta.total} (first page: ${programs.map((p) => p.name).join(', ')})`)
  const created = await ar.createProgram(merchant, { name: 'Demo Agent Referrals', commissionType: 'recurring', commissionPercent: 20, website: 'https://demo.example' })
  show('created program', `${created.id} "${created.name}", ${created.commissionPercent} % ${created.commissionType}`)

  step('Merchant: approve a pending application')
  const { data: pending } = await ar.listApplications(merchant, { status: 'pending' })
  if (pending.length === 0) throw new Error('the sandbox has no pending application to approve')
  const approved = await ar.approveApplication(merchant, pending[0].id, { note: 'Welcome aboard' })
  show('application', `${approved.id} → ${approved.status}`)

  step('Merchant: pay an affiliate, while the sandbox drops the first attempt')
  const { data: owed } = await ar.listPendingAffiliates(merchant)
  const payee = owed.find((a) => a.meetsThreshold) ?? owed[0]
  if (!payee) throw new Error('the sandbox has no affiliate with a pending balance')
  const payoutsBefore = sandbox.counts().agentref.payouts
  const idempotencyKey = `payout-${payee.affiliateId}-${payee.programId}-2026-11`
  const payout = await ar.createPayout(merchant, { affiliateId: payee.affiliateId, programId: payee.programId, method: 'paypal', notes: 'November' }, { idempotencyKey, onRetry })
  const attempts = sandbox.requests.filter((r) => r.method === 'POST' && r.url.endsWith('/payouts'))
  const made = sandbox.counts().agentref.payouts - payoutsBefore
  show('payout', `${payout.id ?? JSON.stringify(payout)} for ${payee.affiliateId}`)
  show('attempts sent', `${attempts.length} (${attempts.map((a) => a.status ?? 'dropped').join(', ')}), one idempotency key`)
  show('payouts recorded', made)
  if (made !== 1) throw new Error(`the payout was recorded ${made} times, expected exactly once`)

  step('Merchant: page through conversions (paginate, 3 per page)')
  let count = 0
  let revenue = 0
  for await (const conversion of ar.paginate(ar.listConversions, merchant, { pageSize: 3 })) {
    count++
    revenue += conversion.amount
  }
  const pages = sandbox.requests.filter((r) => r.method === 'GET' && r.url.includes('/conversions?')).length
  show('conversions', `${count} across ${pages} pages, ${(revenue / 100).toFixed(2)} in sales`)

  // ── An agent on AgentClick ───────────────────────────────────────────────────────────────────
  const agent = ac.createAgentClick({ apiKey: sandbox.keys.agentclick.agent, baseUrl: api.agentclickUrl })

  step('Agent: search AgentClick programs, apply, track a click, record a conversion')
  const { programs: found } = await ac.searchPrograms(agent, { sort: 'reward_desc', per_page: 5 })
  show('programs found', found.map((p) => p.name).join(', '))
  const target = found.find((p) => p.auto_approve) ?? found[0]
  let partnership
  try {
    partnership = await ac.applyForPartnership(agent, { program_id: target.id })
  } catch (error) {
    if (!(error instanceof ac.ConflictError)) throw error
    const { partnerships } = await ac.listPartnerships(agent, { status: 'approved' })
    partnership = partnerships.find((p) => p.program_id === target.id) ?? partnerships[0]
    partnership = { ...partnership, partnership_id: partnership.partnership_id ?? partnership.id }
  }
  show('partnership', `${partnership.partnership_id} (${partnership.status}), code ${partnership.tracking_code}`)
  const click = await ac.trackClick(agent, { partnership_id: partnership.partnership_id, context: 'chatbot' })
  show('click', `${click.click_id} → ${click.tracking_url}`)
  const conversion = await ac.recordConversion(agent, { tracking_code: partnership.tracking_code, order_id: 'demo-order-1001', amount: 4800 }, { onRetry })
  show('conversion', JSON.stringify(conversion))
  try {
    await ac.recordConversion(agent, { tracking_code: partnership.tracking_code, order_id: 'demo-order-1001', amount: 4800 })
  } catch (error) {
    show('same order_id again', `${error.name} ${error.status}: recorded once, as it should be`)
  }

  // ── An agent on Agentries ────────────────────────────────────────────────────────────────────
  step('Agent: mint an Agentries token from its Ed25519 key, create and list referral codes')
  const { did, privateKey } = sandbox.keys.agentries
  const agentries = ag.createAgentries({ did, privateKey, baseUrl: api.agentriesUrl })
  const code = await ag.createReferralCode(agentries, { max_uses: 25 })
  show('token', `${(await ag.getAuthToken(agentries)).slice(0, 24)}… (minted once, cached)`)
  show('new code', `${code.code} (max ${code.max_uses} uses)`)
  const listed = await ag.listReferralCodes(agentries)
  show('codes', JSON.stringify(listed).slice(0, 100))
  const stats = await ag.getReferralStats(agentries)
  show('stats', `${stats.codes_active} active codes, ${stats.total_referrals} referrals`)

  // ── Webhooks ─────────────────────────────────────────────────────────────────────────────────
  step('Webhooks: deliveries signed by the sandbox, verified with verifyWebhook')
  await sandbox.webhooksIdle()
  for (const event of receiver.events) show(`verified ${event.type}`, event.id)
  show('rejected deliveries', receiver.rejected)
  if (receiver.events.length === 0) throw new Error('no webhook delivery was verified')
  if (!receiver.events.some((e) => e.type === 'payout.created')) throw new Error('the payout.created delivery is missing')
  if (receiver.events.filter((e) => e.type === 'payout.created').length !== 1) throw new Error('payout.created was delivered more than once')

  // ── An LLM agent's view: the tools over MCP ────────────────────────────────────────────────
  step('Agent over MCP: affiliate-fetch-mcp on stdio, driven by a scripted MCP client (no model)')
  const mcp = await connectMcp(['--tools', 'read,write,money'], {
    AGENTREF_API_KEY: sandbox.keys.agentref.merchant,
    AGENTREF_BASE_URL: api.agentrefUrl,
    AGENTCLICK_API_KEY: sandbox.keys.agentclick.agent,
    AGENTCLICK_BASE_URL: api.agentclickUrl,
    AGENTRIES_DID: did,
    AGENTRIES_PRIVATE_KEY: privateKey,
    AGENTRIES_BASE_URL: api.agentriesUrl,
  })
  try {
    const { tools: offered } = await mcp.listTools()
    // With destructive tools not allowed, the MCP hints tell the other classes apart.
    const kinds = offered.map((t) => (t.annotations.readOnlyHint ? 'read' : t.annotations.destructiveHint ? 'money' : 'write'))
    show('tools offered', `${offered.length}: ${['read', 'write', 'money'].map((k) => `${kinds.filter((x) => x === k).length} ${k}`).join(', ')} (destructive not allowed)`)
    const call = async (name, args, toolCallId) => {
      const outcome = await mcp.callTool({ name, arguments: args, ...(toolCallId ? { _meta: { toolCallId } } : {}) })
      const body = JSON.parse(outcome.content[0].text)
      if (outcome.isError) throw new Error(`${name}: ${body.error.name}: ${body.error.message}`)
      return body
    }
    const search = await call('agentclick_search_programs', { keyword: 'AI', sort: 'reward_desc', per_page: 3 })
    show('agentclick_search_programs', search.programs.map((p) => p.name).join(', '))
    const { partnerships } = await call('agentclick_list_partnerships', { status: 'approved' })
    const tracked = await call('agentclick_track_click', { partnership_id: partnerships[0].partnership_id ?? partnerships[0].id, context: 'chatbot' })
    show('agentclick_track_click', `click ${tracked.click_id} → ${tracked.tracking_url}`)
    // A tool the server does not serve (destructive is not allowed here) is a JSON-RPC error, as the MCP spec names it.
    const refused = await mcp.callTool({ name: 'agentref_delete_program', arguments: { id: created.id } }).then(
      () => {
        throw new Error('agentref_delete_program ran, though destructive tools are not served')
      },
      (error) => error,
    )
    if (refused?.code !== -32602) throw refused
    show('agentref_delete_program', `refused (JSON-RPC ${refused.code}): not served with --tools read,write,money`)
    const { data: due } = await call('agentref_list_pending_affiliates', {})
    const next = due.find((a) => a.affiliateId !== payee.affiliateId || a.programId !== payee.programId)
    if (!next) throw new Error('the sandbox has no second affiliate to pay')
    const before = sandbox.counts().agentref.payouts
    const args = { affiliateId: next.affiliateId, programId: next.programId, method: 'paypal', notes: 'agent payout' }
    const first = await call('agentref_create_payout', args, 'call_demo_payout_1')
    const again = await call('agentref_create_payout', args, 'call_demo_payout_1') // a framework re-running the same tool call
    const paid = sandbox.counts().agentref.payouts - before
    show('agentref_create_payout ×2', `same toolCallId → ${first.id} and ${again.id}; payouts recorded: ${paid}`)
    if (paid !== 1 || first.id !== again.id) throw new Error(`the repeated tool call paid ${paid} times, expected once`)
  } finally {
    await mcp.close()
  }

  // ── The command line ────────────────────────────────────────────────────────────────────────
  step('Command line: affiliate-fetch against this sandbox, keys from the environment')
  {
    const cliEnv = { PATH: process.env.PATH ?? '', AGENTREF_API_KEY: sandbox.keys.agentref.merchant, AGENTREF_BASE_URL: api.agentrefUrl, NO_COLOR: '1' }
    const cli = (...args) => runCli(process.execPath, [path.join(root, 'dist/cli/main.js'), ...args], { cwd: root, env: cliEnv, timeout: 60_000 })
    const exported = await cli('agentref', 'list-conversions', '--all', '--format', 'ndjson', '--fields', 'id,amount')
    if (exported.status !== 0) throw new Error(`affiliate-fetch list-conversions failed: ${exported.stderr}`)
    const rows = exported.stdout.trim().split('\n').map((row) => JSON.parse(row))
    show('list-conversions --all', `${rows.length} conversions as NDJSON, e.g. ${JSON.stringify(rows[0])}`)
    const refused = await cli('agentref', 'create-payout', '--affiliate-id', 'aff_x', '--program-id', 'prg_x', '--method', 'paypal')
    if (refused.status !== 2) throw new Error(`create-payout without --yes exited ${refused.status}, expected 2`)
    show('create-payout, no --yes', `exit 2, nothing sent: ${refused.stderr.trim().split(': ').slice(1).join(': ')}`)
    const dry = await cli('agentref', 'create-payout', '--affiliate-id', 'aff_x', '--program-id', 'prg_x', '--method', 'paypal', '--dry-run')
    const auth = dry.stdout.split('\n').find((l) => l.startsWith('authorization:'))
    if (dry.status !== 0 || auth !== 'authorization: Bearer [redacted]') throw new Error(`--dry-run did not redact the key: ${auth}`)
    show('create-payout --dry-run', `${dry.stdout.split('\n')[0]}, ${auth}`)
  }

  // ── The same calls from each runtime ────────────────────────────────────────────────────────
  step('Examples on each runtime, against this sandbox')
  const env = { ...process.env, SANDBOX_URL: api.url }
  const bin = (name) => path.join(root, 'node_modules', '.bin', name)
  const runs = [
    ['node', process.execPath, ['examples/node.mjs']],
    ['deno', bin('deno'), ['run', '--allow-net', '--allow-env', '--allow-read', 'examples/deno.ts']],
    ['bun', bin('bun'), ['examples/bun.ts']],
  ]
  for (const [name, command, args] of runs) {
    if (name !== 'node' && !existsSync(command)) {
      show(name, 'not installed (npm install brings it), skipped')
      continue
    }
    // Asynchronous on purpose: this process serves the sandbox the child talks to.
    const run = await runChild(command, args, { cwd: root, env, timeout: 60_000 })
    const out = run.output.trim().split('\n').filter(Boolean)
    if (run.status !== 0) throw new Error(`the ${name} example failed (${run.error?.message ?? run.signal ?? `exit ${run.status}`}):\n${out.join('\n')}`)
    show(name, out.at(-1))
  }

  if (proxy) {
    step('The cassette of this run, held against our types (verifyCassette)')
    const { verifyCassette } = await import('affiliate-fetch/cassette')
    mkdirSync(path.dirname(path.resolve(recordTo)), { recursive: true })
    writeFileSync(recordTo, JSON.stringify(proxy.cassette, null, 1))
    const { entries, findings } = verifyCassette(proxy.cassette)
    const kinds = ['type', 'missing', 'unknown-operation', 'unknown-field']
    show('exchanges recorded', `${entries.length} in ${recordTo}, on ${new Set(entries.map((e) => e.operation)).size} operations`)
    show('findings', kinds.map((k) => `${findings.filter((f) => f.kind === k).length} ${k}`).join(', '))
    const serious = findings.filter((f) => f.kind !== 'unknown-field')
    for (const f of serious) show(`  ${f.kind}`, `entry ${f.entry} ${f.operation} ${f.path} (expected ${f.expected ?? '-'}, got ${f.actual ?? '-'})`)
    if (serious.length) throw new Error(`the sandbox and our types disagree ${serious.length} times (above)`)
  }

  line(`\n✔ Demo complete: ${retries} retr${retries === 1 ? 'y' : 'ies'} seen, every payout and conversion recorded once.`)
} catch (error) {
  failed = true
  console.error(`\n✘ Demo failed: ${error?.name ?? 'Error'}: ${error?.message ?? error}`)
} finally {
  await receiver.close()
  await proxy?.close()
  await sandbox.close()
}
process.exit(failed ? 1 : 0)

/** The package's own `affiliate-fetch-mcp` as a child process, with an MCP client on its stdio. */
async function connectMcp(args, env) {
  const { Client } = await import('@modelcontextprotocol/sdk/client/index.js')
  const { StdioClientTransport } = await import('@modelcontextprotocol/sdk/client/stdio.js')
  const transport = new StdioClientTransport({ command: process.execPath, args: [path.join(root, 'dist/mcp/cli.js'), ...args], env: { PATH: process.env.PATH ?? '', ...env }, stderr: 'ignore' })
  const client = new Client({ name: 'affiliate-fetch-demo', version: '1.0.0' })
  await client.connect(transport)
  return client
}

/** A child process with stdout and stderr apart (the command line keeps them apart). */
function runCli(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let [stdout, stderr] = ['', '']
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

function runChild(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', (error) => resolve({ status: null, error, output }))
    child.on('close', (status, signal) => resolve({ status, signal, output }))
  })
}

/**
 * A loopback proxy in front of the sandbox that records every exchange with recordFetch. The
 * sandbox's index (`GET /`, where the examples read the URLs and demo keys) is not an API call: it
 * is left out of the cassette, and its URLs are rewritten to point at the proxy.
 */
async function startRecordingProxy(target) {
  const { recordFetch } = await import('affiliate-fetch/cassette')
  const { fetch, cassette } = recordFetch({ redact: (entry) => (new URL(entry.request.url).pathname === '/' ? null : entry) })
  const hop = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'content-encoding'])
  let url
  const server = http.createServer(async (req, res) => {
    const chunks = []
    for await (const chunk of req) chunks.push(chunk)
    const headers = Object.entries(req.headers).filter(([name]) => !hop.has(name))
    try {
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks)
      const answer = await fetch(`${target}${req.url}`, { method: req.method, headers, body, redirect: 'manual' })
      let bytes = Buffer.from(await answer.arrayBuffer())
      if (req.url === '/') bytes = Buffer.from(bytes.toString('utf8').replaceAll(target, url))
      res.writeHead(answer.status, [...answer.headers].filter(([name]) => !hop.has(name)).flat()).end(bytes)
    } catch {
      // The sandbox dropped the connection (an injected fault): so does the proxy.
      req.socket.destroy()
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${server.address().port}`
  return { url, cassette, close: () => new Promise((resolve) => server.close(resolve)) }
}

/** A small HTTP server standing in for the merchant's webhook endpoint. */
async function startReceiver() {
  const state = { secret: '', events: [], rejected: 0 }
  const server = http.createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', async () => {
      try {
        const event = await ar.verifyWebhook(Buffer.concat(chunks).toString('utf8'), req.headers, state.secret)
        state.events.push(event)
        res.writeHead(204).end()
      } catch (error) {
        state.rejected++
        res.writeHead(400).end(String(error?.reason ?? error))
      }
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return Object.assign(state, {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  })
}
