import { createHmac, timingSafeEqual } from 'node:crypto'

const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url')

export interface JwtClaims {
  sub: string
  iat: number
  exp: number
}

/** A real HS256 JWT. */
export function signJwt(secret: Buffer, claims: JwtClaims): string {
  const head = `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`
}

export type JwtCheck = { ok: true; claims: JwtClaims } | { ok: false; reason: 'malformed' | 'signature' | 'expired' }

/** Verifies signature, `alg` and `exp` (seconds). */
export function verifyJwt(secret: Buffer, token: string, nowMs = Date.now()): JwtCheck {
  const parts = token.split('.')
  if (parts.length !== 3) return { ok: false, reason: 'malformed' }
  const [h = '', p = '', s = ''] = parts
  let header: { alg?: unknown }
  let claims: Partial<JwtClaims>
  try {
    header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as { alg?: unknown }
    claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Partial<JwtClaims>
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (header.alg !== 'HS256' || typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || typeof claims.iat !== 'number') return { ok: false, reason: 'malformed' }
  const expected = createHmac('sha256', secret).update(`${h}.${p}`).digest()
  const given = Buffer.from(s, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' }
  if (nowMs / 1000 >= claims.exp) return { ok: false, reason: 'expired' }
  return { ok: true, claims: claims as JwtClaims }
}
