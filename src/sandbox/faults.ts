import { hashSeed, mulberry32 } from './shared/prng.ts'

/** One fault-injection rule. Rules are checked in order for every request. */
export interface FaultRule {
  /**
   * Which requests: a string (exact, case-insensitive, `*` = any characters) or a RegExp, tested
   * against `"METHOD /path"` and `"/path"` (path relative to the API base, e.g. `POST /payouts`,
   * `GET /api/referrals/code`), the same two with the full path (`POST /agentref/api/v1/payouts`),
   * and for AgentClick the action name (`agent.track_click`). Omitted: every request.
   * A string starting with `WEBHOOK ` targets the sandbox's outgoing webhook deliveries instead,
   * tested against `WEBHOOK <event type>` and `WEBHOOK <receiver path>` (`WEBHOOK payout.*`);
   * such rules never touch requests, and no other rule touches deliveries.
   */
  route?: string | RegExp
  /** Probability (0..1) that a matching request is hit; decided by a seeded PRNG. Default 1. */
  rate?: number
  /** Only the first N matching requests are considered. Default: all. */
  times?: number
  /** Answer with this status (provider-shaped error body) instead of processing. */
  status?: number
  /** Seconds; adds `Retry-After` to a `status` answer. */
  retryAfter?: number
  /** Delay (ms) before the request is handled (adds up across matching rules). */
  latency?: number
  /**
   * `before`: destroy the socket without processing. `after`: process (state changes!), then
   * destroy it. On a delivery: `before` sends nothing, `after` sends it and then ignores the
   * receiver's answer; both count as a failed attempt, so the delivery is retried.
   */
  drop?: 'before' | 'after'
  /** Deliveries only: the attempt is sent twice at once (same id, timestamp and signature). */
  duplicate?: boolean
}

/** Fault rules, checked in order for every request (or webhook delivery). */
export type FaultSpec = readonly FaultRule[]

export interface FaultDecision {
  latency: number
  status?: number
  retryAfter?: number
  drop?: 'before' | 'after'
  duplicate?: boolean
  /** Indexes of the rules that fired. */
  rules: number[]
}

function toMatcher(route: string | RegExp | undefined): (target: string) => boolean {
  if (route === undefined) return () => true
  if (route instanceof RegExp) return (t) => new RegExp(route.source, route.flags.replace('g', '')).test(t)
  const source = route.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')
  const re = new RegExp(`^${source}$`, 'i')
  return (t) => re.test(t)
}

function assertRule(rule: FaultRule, i: number): void {
  const bad = (what: string) => {
    throw new TypeError(`faults[${i}]: ${what}`)
  }
  if (rule.rate !== undefined && !(rule.rate >= 0 && rule.rate <= 1)) bad('rate must be within 0..1')
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times >= 0)) bad('times must be a non-negative integer')
  if (rule.status !== undefined && !(Number.isInteger(rule.status) && rule.status >= 100 && rule.status <= 599)) bad('status must be an HTTP status')
  if (rule.latency !== undefined && !(rule.latency >= 0)) bad('latency must be >= 0')
  if (rule.retryAfter !== undefined && !(rule.retryAfter >= 0)) bad('retryAfter must be >= 0')
  if (rule.drop !== undefined && rule.drop !== 'before' && rule.drop !== 'after') bad("drop must be 'before' or 'after'")
  if (rule.duplicate !== undefined && (typeof rule.duplicate !== 'boolean' || !forDeliveries(rule))) bad('duplicate applies to WEBHOOK routes only')
  if (forDeliveries(rule) && (rule.status !== undefined || rule.retryAfter !== undefined)) bad('a WEBHOOK rule takes drop, duplicate or latency, not status')
}

/** Rules whose route starts with `WEBHOOK ` act on outgoing webhook deliveries, not on requests. */
function forDeliveries(rule: FaultRule): boolean {
  return typeof rule.route === 'string' && /^webhook\s/i.test(rule.route.trim())
}

/**
 * Seeded, reproducible fault injection. Each rule has its own PRNG (seeded from the sandbox seed
 * and the rule's index) and its own match counter; `set()` resets both, so the same seed, spec and
 * request sequence always give the same faults.
 */
/** The fault rules in force, and the seeded decision for each request or delivery. */
export interface Faults {
  set(spec: FaultSpec): void
  readonly rules: FaultSpec
  /** `delivery`: the targets are a webhook delivery attempt's (`WEBHOOK ...`), not a request's. */
  decide(targets: readonly string[], delivery?: boolean): FaultDecision | undefined
}

export function createFaults(seed: number): Faults {
  let rules: { rule: FaultRule; matches: (t: string) => boolean; rng: () => number; seen: number }[] = []
  return {
    set(spec: FaultSpec): void {
      spec.forEach(assertRule)
      rules = spec.map((rule, i) => ({ rule, matches: toMatcher(rule.route), rng: mulberry32(hashSeed(seed, 'fault', i)), seen: 0 }))
    },
    get rules(): FaultSpec {
      return rules.map((r) => r.rule)
    },
    /** `delivery`: the targets are a webhook delivery attempt's (`WEBHOOK ...`), not a request's. */
    decide(targets: readonly string[], delivery = false): FaultDecision | undefined {
      let decision: FaultDecision | undefined
      rules.forEach((r, i) => {
        if (forDeliveries(r.rule) !== delivery || !targets.some(r.matches)) return
        r.seen++
        if (r.rule.times !== undefined && r.seen > r.rule.times) return
        const rate = r.rule.rate ?? 1
        if (rate < 1 && r.rng() >= rate) return
        decision ??= { latency: 0, rules: [] }
        decision.rules.push(i)
        decision.latency += r.rule.latency ?? 0
        if (r.rule.duplicate) decision.duplicate = true
        if (decision.status === undefined && decision.drop === undefined) {
          if (r.rule.drop) decision.drop = r.rule.drop
          else if (r.rule.status !== undefined) {
            decision.status = r.rule.status
            if (r.rule.retryAfter !== undefined) decision.retryAfter = r.rule.retryAfter
          }
        }
      })
      return decision
    },
  }
}



/**
 * Parses the CLI form: rules separated by `,`; each rule is `ROUTE:EFFECT[:MOD...]`.
 * EFFECT: `drop-before` | `drop-after` | `duplicate` | a 3-digit status | `latency=MS` | `MSms`.
 * MOD: `N` (integer: times) | `0.N` (has a dot: rate) | `times=N` | `rate=X` | `retry=S` | `latency=MS`.
 * ROUTE is as in {@link FaultRule.route} (`*` for everything); it cannot contain `:` or `,`.
 * Example: `POST /payouts:drop-after:1,GET /programs:503:0.2,*:latency=50,WEBHOOK payout.*:duplicate:1`.
 */
export function parseFaultSpec(text: string): FaultRule[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((ruleText) => {
      const [route = '', effect, ...mods] = ruleText.split(':').map((s) => s.trim())
      const rule: FaultRule = route === '*' || route === '' ? {} : { route }
      const bad = (why: string): never => {
        throw new TypeError(`Invalid fault rule "${ruleText}": ${why}`)
      }
      const apply = (token: string, isEffect: boolean) => {
        const [k, v] = token.includes('=') ? (token.split('=', 2) as [string, string]) : [token, '']
        const num = Number(v)
        if (token === 'drop-before' || token === 'drop-after') rule.drop = token === 'drop-before' ? 'before' : 'after'
        else if (token === 'duplicate' && isEffect) rule.duplicate = true
        else if (/^\d{3}$/.test(token) && isEffect) rule.status = Number(token)
        else if (/^\d+ms$/.test(token)) rule.latency = parseInt(token, 10)
        else if (k === 'latency' && v !== '' && Number.isFinite(num)) rule.latency = num
        else if (k === 'rate' && v !== '' && Number.isFinite(num)) rule.rate = num
        else if (k === 'times' && /^\d+$/.test(v)) rule.times = num
        else if ((k === 'retry' || k === 'retryAfter') && v !== '' && Number.isFinite(num)) rule.retryAfter = num
        else if (k === 'status' && /^\d{3}$/.test(v)) rule.status = num
        else if (!isEffect && /^\d*\.\d+$/.test(token)) rule.rate = Number(token)
        else if (!isEffect && /^\d+$/.test(token)) rule.times = Number(token)
        else bad(`unknown ${isEffect ? 'effect' : 'modifier'} "${token}"`)
      }
      if (!effect) return bad('missing effect')
      apply(effect, true)
      for (const mod of mods) apply(mod, false)
      return rule
    })
}
