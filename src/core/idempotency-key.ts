import type { Provider } from './errors/affiliate-error.js'
import { invalid } from './invalid.js'

/** A fresh key for one logical call; reused on every attempt of that call. */
export function generateIdempotencyKey(): string {
  const c = globalThis.crypto as Crypto | undefined
  if (typeof c?.randomUUID === 'function') return c.randomUUID()
  // Node 18 has no global crypto: keys need uniqueness, not secrecy, so Math.random will do there.
  const b = c ? c.getRandomValues(new Uint8Array(16)) : Uint8Array.from({ length: 16 }, () => Math.random() * 256)
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** The caller's key, trimmed; refused when blank, too long, or holding characters a header cannot carry. */
export function checkIdempotencyKey(key: unknown, provider: Provider): string {
  if (typeof key !== 'string') throw invalid(`idempotencyKey must be a string or false, got ${typeof key}`, provider)
  const trimmed = key.trim()
  if (trimmed === '') throw invalid('idempotencyKey must not be blank', provider)
  if (trimmed.length > 255) throw invalid('idempotencyKey must be at most 255 characters', provider)
  if (!/^[\x20-\x7e]+$/.test(trimmed)) {
    throw invalid('idempotencyKey must hold printable ASCII only (no control characters)', provider)
  }
  return trimmed
}
