/** What a response said of the rate limit it was counted against (`readRateLimit`). */
export interface RateLimit {
  /** Requests the window allows (`X-RateLimit-Limit`, or the IETF policy's `q`), when the server says. */
  limit?: number
  /** Requests left in the current window. */
  remaining: number
  /** Seconds until the window resets (or until `remaining` is refilled), never negative, when the server says. */
  resetAfter?: number
  /** The policy's name, from the IETF `RateLimit` field (`"default";r=…`), when that form was sent. */
  policy?: string
}

/** Anything a response's headers may come as: `Headers`, or a plain object such as `ApiError.headers`. */
export type HeadersLike = Headers | Record<string, string> | [string, string][]

/** A whole or decimal count, as these fields send them; anything else (a sign, an exponent, garbage) is not one. */
const COUNT = /^\d{1,15}(\.\d{1,9})?$/

const count = (value: string | null | undefined): number | undefined => (value != null && COUNT.test(value.trim()) ? +value : undefined)

/** An IETF structured-field list: each member `"name"` (or a token) with `;key=value` parameters. */
const MEMBER = /\s*("(?:[^"\\]|\\.)*"|[A-Za-z*][\w:/.*!#$%&'+^`|~-]*)((?:\s*;\s*[a-z*][a-z\d_.*-]*(?:=(?:"(?:[^"\\]|\\.)*"|[^\s;,"]*))?)*)\s*(?:,|$)/y

/** The members of a structured list, each `[name, params]`, or `undefined` when the field is not one. */
function parseList(field: string | null): [string, Record<string, string>][] | undefined {
  if (field == null) return undefined
  const members: [string, Record<string, string>][] = []
  MEMBER.lastIndex = 0
  while (MEMBER.lastIndex < field.length) {
    const at = MEMBER.lastIndex
    const match = MEMBER.exec(field)
    if (!match || MEMBER.lastIndex === at) return undefined
    const params: Record<string, string> = {}
    for (const [, key, value] of match[2]!.matchAll(/;\s*([a-z*][a-z\d_.*-]*)(?:=("(?:[^"\\]|\\.)*"|[^\s;,"]*))?/g)) params[key!] ??= value ?? '?1'
    members.push([match[1]!.replace(/^"|"$/g, '').replace(/\\(.)/g, '$1'), params])
  }
  return members
}

/**
 * The rate-limit state a response reports, or `undefined` when it reports none readable.
 *
 * Reads the IETF structured fields (`RateLimit: "name";r=<remaining>;t=<seconds>` with
 * `RateLimit-Policy: "name";q=<limit>;w=<window>`; of several policies, the one with the fewest
 * requests left), else `X-RateLimit-Limit`, `-Remaining` and `-Reset` (or the same without `X-`,
 * as earlier drafts named them). A reset of 10^9 or more is a Unix time, in seconds (10^12 or
 * more: in milliseconds), measured against the response's `Date` header (else this clock); a
 * smaller one is a delay in seconds. Malformed values are left out: never `NaN`, never a negative
 * number; without a readable remaining count the answer is `undefined`.
 */
export function readRateLimit(headers: HeadersLike | null | undefined, now: number = Date.now()): RateLimit | undefined {
  let h: Headers
  try {
    h = new Headers((headers ?? undefined) as ConstructorParameters<typeof Headers>[0])
  } catch {
    return undefined
  }
  // The IETF form: the most constrained policy, with its quota from RateLimit-Policy.
  let best: RateLimit | undefined
  const policies = parseList(h.get('ratelimit-policy'))
  for (const [name, params] of parseList(h.get('ratelimit')) ?? []) {
    const remaining = count(params.r)
    if (remaining === undefined || (best && remaining >= best.remaining)) continue
    const quota = policies?.find(([policy]) => policy === name)?.[1].q
    best = definedOnly({ limit: count(quota), remaining, resetAfter: count(params.t), policy: name })
  }
  if (best) return best
  const field = (name: string) => h.get(`x-ratelimit-${name}`) ?? h.get(`ratelimit-${name}`)
  const remaining = count(field('remaining'))
  if (remaining === undefined) return undefined
  let resetAfter = count(field('reset'))
  if (resetAfter !== undefined && resetAfter >= 1e9) {
    const date = Date.parse(h.get('date') ?? '')
    const epochMs = resetAfter >= 1e12 ? resetAfter : resetAfter * 1000
    resetAfter = Math.max(0, epochMs - (Number.isFinite(date) ? date : now)) / 1000
  }
  return definedOnly({ limit: count(field('limit')), remaining, resetAfter })
}

/** The object without its undefined fields, so results compare and print cleanly. */
function definedOnly(value: RateLimit): RateLimit {
  for (const key of Object.keys(value) as (keyof RateLimit)[]) if (value[key] === undefined) delete value[key]
  return value
}
