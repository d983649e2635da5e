import { equalBytes, fromBase64, fromUtf8, toBase64Url, utf8 } from '../shared/crypto/bytes.ts'
import { hmacSha256 } from '../shared/crypto/hmac.ts'

const b64url = (text: string) => toBase64Url(utf8(text))

export interface JwtClaims {
  sub: string
  iat: number
  exp: number
}

/** A real HS256 JWT. */
export function signJwt(secret: Uint8Array, claims: JwtClaims): string {
  const head = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`
  return `${head}.${toBase64Url(hmacSha256(secret, head))}`
}

export type JwtCheck = { ok: true; claims: JwtClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' }

const SEGMENT = /^[A-Za-z0-9_-]+$/

/** A base64url segment decoded as JSON, or `undefined` when it is not strict base64url of JSON text. */
function decodeSegment(segment: string): unknown {
  if (!SEGMENT.test(segment)) return undefined
  try {
    return JSON.parse(fromUtf8(fromBase64(segment))) as unknown
  } catch {
    return undefined
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Verifies signature, `alg` and `exp` (seconds). Never throws: a token that is not three strict
 * base64url segments of JSON objects with the expected claim types is `malformed`.
 */
export function verifyJwt(secret: Uint8Array, token: string, nowMs = Date.now()): JwtCheck {
  const parts = token.split('.')
  if (parts.length !== 3) return { ok: false, reason: 'malformed' }
  const [h = '', p = '', s = ''] = parts
  const header = decodeSegment(h)
  const claims = decodeSegment(p)
  if (!isRecord(header) || !isRecord(claims) || !SEGMENT.test(s)) return { ok: false, reason: 'malformed' }
  if (header.alg !== 'HS256' || typeof claims.sub !== 'string' || !Number.isFinite(claims.exp) || !Number.isFinite(claims.iat)) return { ok: false, reason: 'malformed' }
  if (!equalBytes(fromBase64(s), hmacSha256(secret, `${h}.${p}`))) return { ok: false, reason: 'signature' }
  if (nowMs / 1000 >= (claims.exp as number)) return { ok: false, reason: 'expired' }
  return { ok: true, claims: { sub: claims.sub, iat: claims.iat as number, exp: claims.exp as number } }
}
