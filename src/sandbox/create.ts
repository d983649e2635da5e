import { createEmitter } from './agentref/events.ts'
import { createIdempotencyStore } from './agentref/idempotency.ts'
import { createAgentRefModule } from './agentref/index.ts'
import { addConversion, iso, merchantPrograms } from './agentref/ops.ts'
import { seedAgentRef } from './agentref/seed.ts'
import { createAgentRefState } from './agentref/state.ts'
import { createDispatcher } from './agentref/webhooks.ts'
import { createAgentClickModule } from './agentclick/index.ts'
import { createAgentClickState, seedAgentClick } from './agentclick/seed.ts'
import { createAgentriesModule } from './agentries/index.ts'
import { createAgentriesState } from './agentries/state.ts'
import { type FaultSpec, createFaults, parseFaultSpec } from './faults.ts'
import { AGENTCLICK_KEYS, AGENTREF_KEYS } from './keys.ts'
import { createFetchDoor, createServeDoor } from './fetch-door.ts'
import { createHandler } from './handler.ts'
import { MOUNTS } from './mounts.ts'
import { createRandom, hashSeed } from './shared/prng.ts'
import { createLimiter } from './shared/rate-limit.ts'
import type { CreateSandboxOptions, InProcessSandbox } from './types.ts'

const toRules = (spec: FaultSpec | string): FaultSpec => (typeof spec === 'string' ? parseFaultSpec(spec) : spec)

/**
 * The sandbox in process: AgentRef, AgentClick and Agentries emulated from in-memory, seeded
 * state, served by `fetch` at their documented base URLs. No `node:` import: it runs wherever the
 * client runs. `startSandbox` serves the same handler over HTTP.
 *
 * @param options Seed, fault rules, keys, limits, retention, webhook delivery; all optional.
 * @returns The sandbox: its `fetch`, demo `keys`, request `log`, webhook `deliveries`, live `state`.
 * @throws {TypeError} When `faults` is not a valid rule list or CLI string.
 *
 * @example Inject a 503 and watch the client retry
 * ```ts
 * import { createAgentRef, listPrograms } from 'affiliate-fetch/agentref'
 * import { createSandbox } from 'affiliate-fetch/sandbox'
 *
 * const sandbox = createSandbox({ faults: 'GET /programs:503:1' }) // the first GET /programs fails
 * const agentref = createAgentRef({ apiKey: sandbox.keys.agentref.merchant, fetch: sandbox.fetch })
 * const { data } = await listPrograms(agentref) // retried after the 503
 * console.log(data.length, sandbox.log.map((entry) => entry.status)) // 4 [ 503, 200 ]
 * await sandbox.close()
 * ```
 */
export function createSandbox(options: CreateSandboxOptions = {}): InProcessSandbox {
  const seed = options.seed ?? 1
  const limits = options.limits ?? {}
  const windowMs = limits.windowMs ?? 60_000
  const keys = {
    agentref: { ...AGENTREF_KEYS, ...options.keys?.agentref },
    agentclick: { ...AGENTCLICK_KEYS, ...options.keys?.agentclick },
  }

  const refRnd = createRandom(hashSeed(seed, 'agentref'))
  const ref = createAgentRefState(refRnd)
  seedAgentRef(ref, refRnd, undefined, options.bulk?.conversions)
  const faults = createFaults(seed)
  faults.set(toRules(options.faults ?? []))
  const dispatcher = createDispatcher({ ...options.webhooks, faults, logEntries: options.retain?.deliveries, deliver: options.deliver })
  const emit = createEmitter(ref, refRnd, dispatcher)
  const idempotency = createIdempotencyStore(Date.now, options.retain?.idempotencyKeys)

  const clickRnd = createRandom(hashSeed(seed, 'agentclick'))
  const click = createAgentClickState()
  seedAgentClick(click, clickRnd, keys.agentclick)

  const agentries = createAgentriesState(seed, createRandom(hashSeed(seed, 'agentries')))
  const limiters = {
    agentref: createLimiter(limits.agentref ?? 1000, windowMs),
    agentclickRead: createLimiter(limits.agentclickRead ?? 200, windowMs),
    agentclickWrite: createLimiter(limits.agentclickWrite ?? 30, windowMs),
    agentries: createLimiter(limits.agentries ?? 300, windowMs),
  }
  const ries = createAgentriesModule({ st: agentries.st, rnd: createRandom(hashSeed(seed, 'agentries', 'runtime')), limiter: limiters.agentries, tokenTtl: options.agentries?.tokenTtl ?? 86_400, codeQuota: options.agentries?.codeQuota ?? 10 })

  const allKeys = { ...keys, agentries: agentries.agent }
  const log = options.log === true ? (line: string) => console.log(`[sandbox] ${line}`) : options.log || undefined

  const handler = createHandler({
    faults,
    log,
    logEntries: options.retain?.requests,
    modules: [
      createAgentRefModule({ st: ref, rnd: refRnd, keys: keys.agentref, limiter: limiters.agentref, idempotency, emit }),
      createAgentClickModule({ st: click, rnd: clickRnd, read: limiters.agentclickRead, write: limiters.agentclickWrite }),
      ries.module,
    ],
    index: (call) => {
      const base = (prefix: string) => call.base(prefix)
      return { name: 'affiliate-fetch sandbox', agentrefUrl: base(MOUNTS[0].prefix), agentclickUrl: `${base(MOUNTS[1].prefix)}/api/mcp.php`, agentriesUrl: base(MOUNTS[2].prefix), keys: allKeys }
    },
  })

  const conversion = (id: string) => {
    const c = ref.conversions.get(id)
    if (!c) throw new Error(`Unknown conversion ${id}`)
    return c
  }

  const sandbox: InProcessSandbox = {
    fetch: createFetchDoor(handler),
    serve: createServeDoor(handler),
    handler,
    seed,
    keys: allKeys,
    log: handler.requests,
    requests: handler.requests,
    deliveries: dispatcher.deliveries,
    setFaults: (spec) => faults.set(toRules(spec)),
    webhooksIdle: () => dispatcher.idle(),
    rateWindows: () => ({
      agentref: limiters.agentref.windows(),
      agentclickRead: limiters.agentclickRead.windows(),
      agentclickWrite: limiters.agentclickWrite.windows(),
      agentries: limiters.agentries.windows(),
    }),
    counts: () => ({
      agentref: {
        programs: merchantPrograms(ref).length,
        affiliates: ref.affiliates.size,
        applications: ref.applications.size,
        conversions: ref.conversions.size,
        payouts: ref.payouts.size,
        flags: ref.flags.size,
        webhookEndpoints: ref.webhooks.size,
        webhookDeliveries: dispatcher.deliveries.length,
        idempotencyKeys: idempotency.size,
      },
      agentclick: { partnerships: click.partnerships.size, clicks: click.clicks.length, conversions: click.conversions.length },
      agentries: { agents: agentries.st.agents.size, codes: agentries.st.codes.size, referrals: agentries.st.referrals.length },
    }),
    recordConversion(input) {
      const c = addConversion(ref, refRnd, input)
      emit('conversion.created', c.programId, c)
      return c
    },
    refundConversion(id) {
      const c = conversion(id)
      c.status = 'refunded'
      emit('conversion.refunded', c.programId, c)
      return c
    },
    setPayoutStatus(id, status) {
      const payout = ref.payouts.get(id)
      if (!payout) throw new Error(`Unknown payout ${id}`)
      payout.status = status
      payout.completedAt = status === 'completed' ? iso(Date.now()) : null
      emit(`payout.${status}`, payout.programId, payout)
      return payout
    },
    mintAgentriesToken: (did = agentries.agent.did) => {
      if (!agentries.st.agents.has(did)) throw new Error(`Unknown agent ${did}`)
      return ries.mint(did).token
    },
    state: { agentref: ref, agentclick: click, agentries: agentries.st },
    close: async () => dispatcher.close(),
  }
  return sandbox
}
