import type { ConversionInput } from './agentref/ops.ts'
import type { AgentRefState, Conversion, Payout } from './agentref/types.ts'
import type { WebhookDelivery } from './agentref/webhooks.ts'
import type { AgentClickState } from './agentclick/types.ts'
import type { AgentriesState, SandboxAgent } from './agentries/state.ts'
import type { FaultSpec } from './faults.ts'
import type { Handler, RequestLogEntry } from './handler.ts'
import type { RateWindow } from './shared/rate-limit.ts'

/** The sandbox AgentRef API keys, one per key type (demo values unless `keys` replaces them). */
export interface AgentRefKeys {
  /** Merchant key (`ak_live_…`): the merchant API. */
  merchant: string
  /** Affiliate key (`ak_aff_…`): the `/me/*` calls and the marketplace. */
  affiliate: string
  /** Onboarding key (`ak_onb_…`): onboarding, program creation and Stripe connect. */
  onboarding: string
}

/** The sandbox AgentClick API keys, one per role (demo values unless `keys` replaces them). */
export interface AgentClickKeys {
  /** Agent key: every action. */
  agent: string
  /** Publisher key: the common and publisher actions. */
  publisher: string
  /** Advertiser key: the common actions. */
  advertiser: string
}

/** The credentials a sandbox accepts (`sandbox.keys`). */
export interface SandboxKeys {
  /** AgentRef keys, one per key type. */
  agentref: AgentRefKeys
  /** AgentClick keys, one per role. */
  agentclick: AgentClickKeys
  /** The seeded Agentries agent: mint tokens with `did` + `privateKey` (32-byte Ed25519 seed, hex). */
  agentries: SandboxAgent
}

/** Options of `startSandbox`: those of `createSandbox`, plus where to listen. */
export interface SandboxOptions extends CreateSandboxOptions {
  /** Default 0 (a free port). */
  port?: number
  /** Default `127.0.0.1`. */
  host?: string
}

/** Options of `createSandbox` (all optional). */
export interface CreateSandboxOptions {
  /** Seeds the data, ids, Agentries key pair and fault PRNGs. Default 1. */
  seed?: number
  /** Fault rules, or their CLI string form (see `parseFaultSpec`). */
  faults?: FaultSpec | string
  /** Replace the default AgentRef / AgentClick demo keys. */
  keys?: { agentref?: Partial<AgentRefKeys>; agentclick?: Partial<AgentClickKeys> }
  /** `true` prints one line per request; a function receives the lines. Default: silent. */
  log?: boolean | ((line: string) => void)
  /** Rate limits: requests per key per fixed window. */
  limits?: {
    /** AgentRef requests per key per window. Default 1000. */
    agentref?: number
    /** AgentClick READ actions per key per window. Default 200. */
    agentclickRead?: number
    /** AgentClick WRITE actions per key per window. Default 30. */
    agentclickWrite?: number
    /** Agentries requests per agent (or client address) per window. Default 300. */
    agentries?: number
    /** Rate-limit window, ms. Default 60 000. */
    windowMs?: number
  }
  /** Memory bounds: beyond each, the oldest entries are dropped. */
  retain?: {
    /** AgentRef `Idempotency-Key` entries (across all API keys). Default 10 000. */
    idempotencyKeys?: number
    /** Entries of the `requests` log. Default 10 000. */
    requests?: number
    /** Entries of the `deliveries` log. Default 10 000. */
    deliveries?: number
  }
  /** Agentries tokens and code quota. */
  agentries?: {
    /** JWT lifetime, seconds. Default 86 400. */
    tokenTtl?: number
    /** Active referral codes per agent before POST /api/referrals/code answers 429. Default 10. */
    codeQuota?: number
  }
  /** Webhook delivery schedule. */
  webhooks?: {
    /** Waits before retry attempts, ms. Default `[1000, 5000, 15000]` (4 attempts in all). */
    retryDelays?: number[]
    /** Per-attempt timeout, ms. Default 10 000. */
    timeout?: number
  }
  /**
   * Sends each signed webhook delivery attempt instead of the runtime's `fetch` (which posts it to
   * the endpoint's URL): receives the Request, answers with the receiver's Response. A rejection
   * or a non-2xx answer is a failed attempt, retried on schedule.
   */
  deliver?: (request: Request) => Response | Promise<Response>
  /** Extra seeded data for load tests: `conversions` more AgentRef conversions (one a minute up to now). */
  bulk?: { conversions?: number }
}

/** What `sandbox.counts()` returns: the number of records per collection. */
export interface SandboxCounts {
  /** AgentRef: the merchant's programs (deleted ones excluded) and the size of each collection. */
  agentref: { programs: number; affiliates: number; applications: number; conversions: number; payouts: number; flags: number; webhookEndpoints: number; webhookDeliveries: number; idempotencyKeys: number }
  /** AgentClick: partnerships, clicks and conversions. */
  agentclick: { partnerships: number; clicks: number; conversions: number }
  /** Agentries: agents, referral codes and referrals. */
  agentries: { agents: number; codes: number; referrals: number }
}

/** What `startSandbox` returns: the in-process sandbox, also served over HTTP. */
export interface Sandbox extends InProcessSandbox {
  /** `http://127.0.0.1:<port>` */
  url: string
  /** `${url}/agentref/api/v1`: an AgentRef base URL. */
  agentrefUrl: string
  /** `${url}/agentclick/api/mcp.php`: the AgentClick endpoint. */
  agentclickUrl: string
  /** `${url}/agentries`: an Agentries base URL (paths are `/api/...`). */
  agentriesUrl: string
  /** The port it listens on. */
  port: number
}

/** What `createSandbox` returns. */
export interface InProcessSandbox {
  /**
   * Fetch-compatible: serves the three APIs at their documented base URLs
   * (`https://www.agentref.co/api/v1`, `https://agentclick.ai/api/mcp.php`,
   * `https://api.agentries.xyz`); any other origin is rejected like a network failure.
   */
  fetch: typeof fetch
  /**
   * Answers a Request addressed like the HTTP server's paths (`/agentref/api/v1/...`,
   * `/agentclick/...`, `/agentries/...`, `GET /`) on any origin: to serve the sandbox from a
   * Worker, `Deno.serve` or `Bun.serve`. A dropped-connection fault rejects.
   */
  serve(request: Request, info?: { remote?: string }): Promise<Response>
  /** @internal The handler both doors share. */
  handler: Handler
  /** The seed in use (default 1). */
  seed: number
  /** The demo credentials of every role, for the seed in use. */
  keys: SandboxKeys
  /** The requests served, the most recent `retain.requests` (live array). */
  log: readonly RequestLogEntry[]
  /** The same array as `log` (its name on the HTTP sandbox before `createSandbox`). */
  requests: readonly RequestLogEntry[]
  /** AgentRef webhook deliveries with their attempts, the most recent `retain.deliveries` (live array). */
  deliveries: readonly WebhookDelivery[]
  /** Replaces the fault rules and resets their counters and PRNGs. */
  setFaults(spec: FaultSpec | string): void
  /** Resolves when no webhook attempt is in flight or scheduled. */
  webhooksIdle(): Promise<void>
  /**
   * The rate limiters' recent fixed windows per key (last 1000 each, oldest first): calls let
   * through and calls answered 429. AgentClick counts READ and WRITE actions apart.
   */
  rateWindows(): { agentref: RateWindow[]; agentclickRead: RateWindow[]; agentclickWrite: RateWindow[]; agentries: RateWindow[] }
  /** How many records each collection holds now. */
  counts(): SandboxCounts
  /** Sandbox-only: records an AgentRef conversion (amount in cents) and emits `conversion.created`. */
  recordConversion(input: ConversionInput): Conversion
  /** Sandbox-only: marks a conversion refunded and emits `conversion.refunded`. */
  refundConversion(id: string): Conversion
  /** Sandbox-only: moves a payout to a status and emits `payout.<status>`. */
  setPayoutStatus(id: string, status: 'processing' | 'completed' | 'failed'): Payout
  /** Sandbox-only: a valid Agentries JWT for a registered DID (default: the seeded agent). */
  mintAgentriesToken(did?: string): string
  /** The live in-memory state, for inspection. */
  state: { agentref: AgentRefState; agentclick: AgentClickState; agentries: AgentriesState }
  /** Stops webhook delivery (pending retries cancelled, unfinished deliveries `failed`); `startSandbox`'s handle also stops its server. */
  close(): Promise<void>
}
