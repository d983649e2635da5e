import { concat, utf8 } from './bytes.ts'
import { sha256 } from './sha256.ts'

/** HMAC-SHA256 (RFC 2104), synchronous. */
export function hmacSha256(key: Uint8Array, message: Uint8Array | string): Uint8Array {
  const block = new Uint8Array(64)
  block.set(key.length > 64 ? sha256(key) : key)
  const inner = block.map((b) => b ^ 0x36)
  const outer = block.map((b) => b ^ 0x5c)
  return sha256(concat(outer, sha256(concat(inner, typeof message === 'string' ? utf8(message) : message))))
}
