import { WebhookVerificationError, type WebhookVerificationReason } from '../core/errors/webhook-verification-error.ts'
import type { WebhookEvent } from './webhook-events.ts'

/**
 * A delivery's headers: a `Headers`, or a plain object such as Node's `req.headers` (names matched
 * case-insensitively, array values joined).
 */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>

/** Options of {@link verifyWebhook} and {@link verifyWebhookRequest}. */
export interface VerifyWebhookOptions {
  /** Largest accepted distance between `svix-timestamp` and now, either way, in seconds. Default 300. */
  tolerance?: number
  /** The current time in milliseconds (for tests). Default `Date.now()`. */
  now?: number
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const encode = (text: string) => new TextEncoder().encode(text)

const fail = (reason: WebhookVerificationReason, message: string, cause?: unknown) =>
  new WebhookVerificationError(message, { provider: 'agentref', reason, cause })

/** Decodes base64 or base64url (either alphabet, padding optional); undefined when malformed. */
function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  const s = text.replace(/={1,2}$/, '')
  if (s.length % 4 === 1) return undefined
  const out = new Uint8Array((s.length * 3) >> 2)
  let value = 0
  let bits = 0
  let j = 0
  for (const ch of s) {
    const v = ALPHABET.indexOf(ch === '-' ? '+' : ch === '_' ? '/' : ch)
    if (v < 0) return undefined
    value = ((value << 6) | v) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[j++] = (value >> bits) & 0xff
    }
  }
  return out
}

/** Constant-time for a given `expected`: always walks all of it, whatever `actual` holds. */
function equalBytes(expected: Uint8Array, actual: Uint8Array): boolean {
  let diff = expected.length ^ actual.length
  for (let i = 0; i < expected.length; i++) diff |= expected[i]! ^ (actual[i] ?? 0)
  return diff === 0
}

function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  let value: unknown
  if (typeof headers.get === 'function') value = (headers as Headers).get(name)
  else {
    const record = headers as Record<string, unknown>
    const key = Object.keys(record).find((k) => k.toLowerCase() === name)
    value = key === undefined ? undefined : record[key]
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) value = value.join(', ')
  if (value != null && typeof value !== 'string') throw fail('invalid_arguments', `Webhook header ${name} is not a string`)
  return (value as string | null | undefined) || undefined
}

/** `svix-*` first, then the Standard Webhooks `webhook-*` name. */
function header(headers: WebhookHeaders, name: 'id' | 'timestamp' | 'signature'): string {
  const value = readHeader(headers, `svix-${name}`) ?? readHeader(headers, `webhook-${name}`)
  if (value === undefined) throw fail('missing_header', `Missing webhook header svix-${name}`)
  return value
}

/**
 * Verifies an AgentRef webhook delivery (Svix / Standard Webhooks scheme) and returns its parsed
 * event. Pass the raw body exactly as received. Throws `WebhookVerificationError` otherwise.
 *
 * Checks HMAC-SHA256 over `{svix-id}.{svix-timestamp}.{body}` (the `webhook-*` header names work
 * too), with the endpoint's `whsec_` secret in base64 or base64url, padded or not; any of several
 * space-separated `v1,` signatures may match; the comparison is constant-time; a timestamp more
 * than `tolerance` seconds away from now, either way, is rejected. The body is parsed only after.
 *
 * @param body The raw request body, text or bytes, before any JSON parsing.
 * @param headers The delivery's headers (`svix-id`, `svix-timestamp`, `svix-signature`).
 * @param secret The endpoint's signing secret, `whsec_…` (from `createWebhook` or `rotateWebhookSecret`).
 * @throws {WebhookVerificationError} whatever went wrong, its `reason` saying what; never another error.
 */
export async function verifyWebhook(
  body: string | Uint8Array | ArrayBuffer,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  try {
    return await verify(body, headers, secret, options)
  } catch (error) {
    // Whatever the arguments were, the caller gets one error type to catch.
    throw error instanceof WebhookVerificationError ? error : fail('invalid_arguments', 'The webhook could not be verified with these arguments', error)
  }
}

async function verify(body: unknown, headers: unknown, secret: unknown, options: unknown): Promise<WebhookEvent> {
  const given = (options ?? {}) as VerifyWebhookOptions
  const { tolerance = 300, now = Date.now() } = given
  if (typeof tolerance !== 'number' || !(tolerance >= 0) || typeof now !== 'number' || !Number.isFinite(now)) {
    throw fail('invalid_arguments', 'tolerance must be a non-negative number of seconds, and now a finite time in ms')
  }
  if (typeof headers !== 'object' || headers === null) throw fail('invalid_arguments', 'Webhook headers must be a Headers or an object')
  if (!(typeof body === 'string' || ArrayBuffer.isView(body) || Object.prototype.toString.call(body) === '[object ArrayBuffer]')) {
    throw fail('invalid_arguments', 'The webhook body must be the raw text or bytes as received')
  }
  const subtle = globalThis.crypto?.subtle
  if (subtle === undefined) throw fail('invalid_arguments', 'verifyWebhook needs Web Crypto (globalThis.crypto.subtle)')

  const key = typeof secret === 'string' ? decodeBase64(secret.replace(/^whsec_/, '')) : undefined
  if (key === undefined || key.length === 0) throw fail('invalid_secret', 'The webhook secret is not a whsec_ base64 key')

  const id = header(headers as WebhookHeaders, 'id')
  const timestamp = header(headers as WebhookHeaders, 'timestamp')
  const signatures = header(headers as WebhookHeaders, 'signature')

  if (!/^\d{1,15}$/.test(timestamp)) throw fail('invalid_timestamp', 'The webhook timestamp is not Unix seconds')
  const age = Math.floor(now / 1000) - Number(timestamp)
  if (age > tolerance) throw fail('timestamp_too_old', `The webhook timestamp is ${age} s old (tolerance ${tolerance} s)`)
  if (-age > tolerance) {
    throw fail('timestamp_in_future', `The webhook timestamp is ${-age} s in the future (tolerance ${tolerance} s)`)
  }

  const bytes =
    typeof body === 'string'
      ? encode(body)
      : ArrayBuffer.isView(body)
        ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
        : new Uint8Array(body as ArrayBuffer)
  const prefix = encode(`${id}.${timestamp}.`)
  const content = new Uint8Array(prefix.length + bytes.length)
  content.set(prefix)
  content.set(bytes, prefix.length)

  const hmacKey = await subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const expected = new Uint8Array(await subtle.sign('HMAC', hmacKey, content))

  let matched = false
  for (const entry of signatures.split(/\s+/)) {
    const comma = entry.indexOf(',')
    if (comma < 0 || entry.slice(0, comma) !== 'v1') continue
    const candidate = decodeBase64(entry.slice(comma + 1).replace(/,$/, ''))
    if (candidate !== undefined && equalBytes(expected, candidate)) matched = true
  }
  if (!matched) throw fail('no_matching_signature', 'No webhook signature matches')

  let event: unknown
  try {
    event = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    throw fail('invalid_payload', 'The webhook body is not valid JSON', error)
  }
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw fail('invalid_payload', 'The webhook body is not a JSON object')
  }
  return event as WebhookEvent
}

/**
 * Reads the raw body of `request` and verifies it with the request's headers.
 *
 * Give it the request before anything else reads the body. Deliveries can arrive more than once:
 * deduplicate on the event's `id`. Answer with a 2xx within 30 s, or AgentRef retries.
 *
 * @throws {WebhookVerificationError} when the delivery is not authentic; answer it with a 4xx.
 * @example Receive deliveries in a Worker
 * ```ts
 * import { verifyWebhookRequest, WebhookVerificationError } from 'affiliate-fetch/agentref'
 *
 * export default {
 *   async fetch(request: Request, env: { AGENTREF_WEBHOOK_SECRET: string }): Promise<Response> {
 *     try {
 *       const event = await verifyWebhookRequest(request, env.AGENTREF_WEBHOOK_SECRET)
 *       if (event.type === 'payout.completed') console.log(event.id, 'paid', event.data.amount)
 *       else console.log(event.id, event.type)
 *       return new Response(null, { status: 204 })
 *     } catch (error) {
 *       if (error instanceof WebhookVerificationError) return new Response(error.reason, { status: 400 })
 *       throw error
 *     }
 *   },
 * }
 * ```
 */
export async function verifyWebhookRequest(
  request: Request,
  secret: string,
  options?: VerifyWebhookOptions,
): Promise<WebhookEvent> {
  return verifyWebhook(await request.arrayBuffer(), request.headers, secret, options)
}
