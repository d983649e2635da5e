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

/** A caller's key, trimmed; throws a message when blank, too long, or holding what a header cannot carry. */
function checkKey(key: unknown, where: string): string {
  if (typeof key !== 'string') throw `${where} must be a string or false, got ${typeof key}`
  const trimmed = key.trim()
  if (trimmed === '') throw `${where} must not be blank`
  if (trimmed.length > 255) throw `${where} must be at most 255 characters`
  if (!/^[\x20-\x7e]+$/.test(trimmed)) throw `${where} must hold printable ASCII only (no control characters)`
  return trimmed
}

/**
 * The call's idempotency key: `idempotencyKey` from the options, or an `Idempotency-Key` header
 * (any spelling, any layer), which counts the same; both given must agree. `false` sends none.
 * With neither, a fresh key when `generate`. Throws a message.
 */
export function resolveIdempotencyKey(given: unknown, header: string | undefined, generate: boolean): string | undefined {
  const fromHeader = header === undefined ? undefined : checkKey(header, 'the Idempotency-Key header')
  if (given === false) {
    if (fromHeader !== undefined) throw 'idempotencyKey is false, but an Idempotency-Key header is given'
    return undefined
  }
  const key = given === undefined ? fromHeader : checkKey(given, 'idempotencyKey')
  if (fromHeader !== undefined && key !== fromHeader) throw 'idempotencyKey and the Idempotency-Key header differ'
  return key ?? (generate ? generateIdempotencyKey() : undefined)
}
