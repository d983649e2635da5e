// Byte helpers on Uint8Array, the same on every runtime (no Buffer): the sandbox's handlers are
// synchronous, so everything they encode, hash or sign is done in plain code.

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export const utf8 = (text: string): Uint8Array => encoder.encode(text)
export const fromUtf8 = (bytes: Uint8Array): string => decoder.decode(bytes)

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/**
 * SHA-2's padding: the data, 0x80, zeros, and the data's length in bits (big-endian) closing the
 * last block (blocks of 64 bytes for SHA-256, 128 for SHA-512, whose length field is twice as wide).
 */
export function sha2Padding(data: Uint8Array, blockBytes: number): { view: DataView; blocks: number } {
  const blocks = Math.ceil((data.length + 1 + blockBytes / 8) / blockBytes)
  const padded = new Uint8Array(blocks * blockBytes)
  padded.set(data)
  padded[data.length] = 0x80
  const view = new DataView(padded.buffer)
  view.setUint32(padded.length - 8, Math.floor(data.length / 0x20000000))
  view.setUint32(padded.length - 4, (data.length * 8) >>> 0)
  return { view, blocks }
}

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')

/** Bytes of a hex string; `undefined` unless it is an even number of hex digits. */
export function fromHex(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16)
  return out
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]))

/** Standard base64 with padding. */
export function toBase64(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '='
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '='
  }
  return out
}

export const toBase64Url = (bytes: Uint8Array): string => toBase64(bytes).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')

/**
 * Decodes base64 or base64url, padded or not, as leniently as Node's Buffer did: characters
 * outside both alphabets are skipped and decoding stops at the first `=`.
 */
export function fromBase64(text: string): Uint8Array {
  const out: number[] = []
  let acc = 0
  let bits = 0
  for (const c of text) {
    if (c === '=') break
    const v = c === '-' ? 62 : c === '_' ? 63 : INDEX.get(c)
    if (v === undefined) continue
    acc = ((acc << 6) | v) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out.push((acc >> bits) & 0xff)
    }
  }
  return Uint8Array.from(out)
}

/** Cryptographically random bytes from Web Crypto (global on every runtime the sandbox runs on). */
export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length))
}

/** Equal length and content, compared in time independent of where they differ. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}
