/**
 * Canonical JSON as Agentries signs it: object keys sorted by UTF-16 code units at every level,
 * no whitespace, arrays in order, everything else as JSON.stringify writes it (so non-ASCII
 * stays raw UTF-8, as in the docs' JS sample).
 */
export function canonicalJson(value: unknown): string {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(): unknown }).toJSON()
  }
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined || typeof item === 'function' ? 'null' : canonicalJson(item))).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const members = Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined && typeof record[key] !== 'function' && typeof record[key] !== 'symbol')
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
    return `{${members.join(',')}}`
  }
  return JSON.stringify(value)
}

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410): the fixed DER header, then the seed.
const PKCS8_HEADER = '302e020100300506032b657004220420'

export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2)
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return bytes
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** Imports a 64-hex-character Ed25519 seed as a non-extractable signing key. */
export function importSeed(seedHex: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', hexToBytes(PKCS8_HEADER + seedHex), { name: 'Ed25519' }, false, ['sign'])
}

/** Detached Ed25519 signature of the UTF-8 bytes of `message`, as 128 lowercase hex characters. */
export async function signHex(key: CryptoKey, message: string): Promise<string> {
  const signature = await crypto.subtle.sign('Ed25519', key, new TextEncoder().encode(message))
  return bytesToHex(new Uint8Array(signature))
}
