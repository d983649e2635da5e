// The string formats our input schemas use, checked as JSON Schema (RFC 3339, RFC 3986,
// RFC 5321/5322 dot-atom) defines them.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|[+-](\d{2})(?::?(\d{2}))?)$/i
const ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+"
const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?'
const EMAIL = new RegExp(`^${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+${LABEL}$`, 'i')
// RFC 3986 `URI`: scheme ":" hier-part [ "?" query ] [ "#" fragment ], built from its grammar.
// An empty hier-part (`about:`) is refused, as ajv-formats does: a link needs more than a scheme.
const PCT = '%[0-9a-f]{2}'
const PCHAR = `(?:[a-z0-9._~!$&'()*+,;=:@-]|${PCT})`
const SEGMENTS = `(?:/${PCHAR}*)*`
const USERINFO = `(?:(?:[a-z0-9._~!$&'()*+,;=:-]|${PCT})*@)?`
const REG_NAME = `(?:[a-z0-9._~!$&'()*+,;=-]|${PCT})*`
const IP_LITERAL = '\\[([^\\]/?#@]*)\\]'
const HIER = `(?://${USERINFO}(?:${IP_LITERAL}|${REG_NAME})(?::\\d*)?${SEGMENTS}|/(?:${PCHAR}+${SEGMENTS})?|${PCHAR}+${SEGMENTS})`
const URI = new RegExp(`^[a-z][a-z0-9+.-]*:${HIER}(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?$`, 'i')
const IP_FUTURE = /^v[0-9a-f]+\.[a-z0-9._~!$&'()*+,;=:-]+$/i

/** An IPv6 address (RFC 4291 text forms, an IPv4 tail included), as the URL parser reads one. */
function isIPv6(text: string): boolean {
  if (!/^[0-9a-f:.]+$/i.test(text)) return false
  try {
    new URL(`http://[${text}]/`)
    return true
  } catch {
    return false
  }
}

function isUri(text: string): boolean {
  const m = URI.exec(text)
  return !!m && (m[1] === undefined || IP_FUTURE.test(m[1]) || isIPv6(m[1]))
}

function isDate(text: string): boolean {
  const m = DATE.exec(text)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  return days !== undefined && day >= 1 && day <= days
}

function isTime(text: string): boolean {
  const m = TIME.exec(text)
  if (!m) return false
  const ok = (value: string | undefined, max: number) => value === undefined || Number(value) <= max
  return ok(m[1], 23) && ok(m[2], 59) && ok(m[3], 59) && ok(m[6], 23) && ok(m[7], 59)
}

const CHECKS: Record<string, (text: string) => boolean> = {
  date: isDate,
  'date-time': (text) => {
    const at = text.search(/[t\s]/i)
    return at === 10 && isDate(text.slice(0, at)) && isTime(text.slice(at + 1))
  },
  email: (text) => EMAIL.test(text),
  uri: isUri,
}

/** Whether `text` matches `format`; formats we do not know pass, as JSON Schema says. */
export function matchesFormat(format: string, text: string): boolean {
  const check = Object.hasOwn(CHECKS, format) ? CHECKS[format] : undefined
  return check ? check(text) : true
}
