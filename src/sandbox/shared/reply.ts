/** What a handler answers; the server writes it. */
export interface Reply {
  status: number
  headers?: Record<string, string>
  /** JSON-serialised on the way out; keys starting with `_` (internal state) are dropped. */
  body?: unknown
  /** Pre-serialised body text; wins over `body` (idempotent replays). */
  text?: string
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return headers ? { status, body, headers } : { status, body }
}

/** Internal bookkeeping fields are named `_x` and never leave the server. */
function dropPrivate(key: string, value: unknown): unknown {
  return key.startsWith('_') ? undefined : value
}

/** The body text of a reply ('' when it has none). */
export function replyText(reply: Reply): string {
  if (reply.text !== undefined) return reply.text
  if (reply.body === undefined) return ''
  return JSON.stringify(reply.body, dropPrivate)
}

/** `{ 'Retry-After': s }`, or no headers when `seconds` is undefined. */
export function retryAfterHeader(seconds: number | undefined): Record<string, string> {
  return seconds === undefined ? {} : { 'Retry-After': String(seconds) }
}
