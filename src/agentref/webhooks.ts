import { AffiliateError } from '../core/errors/affiliate-error.js'
import { WebhookVerificationError, type WebhookVerificationReason } from '../core/errors/webhook-verification-error.js'
import { invalid } from '../core/invalid.js'
import type { WebhookEvent } from './webhook-events.js'

export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>

export interface VerifyWebhookOptions {
  /** Largest accepted distance between `svix-timestamp` and now, either way, in seconds. Default 300. */
  tolerance?: number
  /** The current time in milliseconds (for tests). Default `Date.now()`. */
  now?: number
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const encoder = new TextEncoder()

const fail = (reason: WebhookVerificationReason, message: string, cause?: unknown) =>
  new WebhookVerificationError(reason, message, cause)

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
  let value: string | string[] | null | undefined
  if (typeof headers.get === 'function') value = (headers as Headers).get(name)
  else {
    const record = headers as Record<string, string | string[] | undefined>
    const key = Object.keys(record).find((k) => k.toLowerCase() === name)
    value = key === undefined ? undefined : record[key]
  }
  if (Array.isArray(value)) value = value.join(', ')
  return value || undefined
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
 */
export async function verifyWebhook(
  body: string | Uint8Array | ArrayBuffer,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<WebhookEvent> {
  const { tolerance = 300, now = Date.now() } = options
  if (!(tolerance >= 0)) throw invalid('tolerance must be a non-negative number of seconds', 'agentref')
  const subtle = globalThis.crypto?.subtle
  if (subtle === undefined) {
    throw new AffiliateError('verifyWebhook needs Web Crypto (globalThis.crypto.subtle)', { provider: 'agentref' })
  }

  const key = typeof secret === 'string' ? decodeBase64(secret.replace(/^whsec_/, '')) : undefined
  if (key === undefined || key.length === 0) throw fail('invalid_secret', 'The webhook secret is not a whsec_ base64 key')

  const id = header(headers, 'id')
  const timestamp = header(headers, 'timestamp')
  const signatures = header(headers, 'signature')

  if (!/^\d{1,15}$/.test(timestamp)) throw fail('invalid_timestamp', 'The webhook timestamp is not Unix seconds')
  const age = Math.floor(now / 1000) - Number(timestamp)
  if (age > tolerance) throw fail('timestamp_too_old', `The webhook timestamp is ${age} s old (tolerance ${tolerance} s)`)
  if (-age > tolerance) {
    throw fail('timestamp_in_future', `The webhook timestamp is ${-age} s in the future (tolerance ${tolerance} s)`)
  }

  const bytes =
    typeof body === 'string'
      ? encoder.encode(body)
      : ArrayBuffer.isView(body)
        ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
        : new Uint8Array(body)
  const prefix = encoder.encode(`${id}.${timestamp}.`)
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

/** Reads the raw body of `request` and verifies it with the request's headers. */
export async function verifyWebhookRequest(
  request: Request,
  secret: string,
  options?: VerifyWebhookOptions,
): Promise<WebhookEvent> {
  return verifyWebhook(await request.arrayBuffer(), request.headers, secret, options)
}
