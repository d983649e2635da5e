/** A fresh key for one logical call; reused on every attempt of that call. */
export function generateIdempotencyKey(): string {
  const c = globalThis.crypto as Crypto | undefined
  if (c?.randomUUID) return c.randomUUID()
  // Browser pages over plain http lack randomUUID, old runtimes crypto: keys need uniqueness, not secrecy.
  const b = c ? c.getRandomValues(new Uint8Array(16)) : Uint8Array.from({ length: 16 }, () => Math.random() * 256)
  b[6] = (b[6]! & 15) | 64 // version 4
  b[8] = (b[8]! & 63) | 128 // RFC 4122 variant
  return Array.from(b, (x) => (x + 256).toString(16).slice(1)).join('').replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-')
}

/** A caller's key, trimmed; throws a message when blank, too long, or holding what a header cannot carry. */
function checkKey(key: unknown, where: string): string {
  const trimmed = typeof key === 'string' ? key.trim() : ''
  if (!/^[\x20-\x7e]{1,255}$/.test(trimmed)) throw `${where} must be false or 1 to 255 printable ASCII characters`
  return trimmed
}

/**
 * The call's idempotency key: `idempotencyKey` from the options, or an `Idempotency-Key` header
 * (any spelling, any layer), which counts the same; both given must agree. `false` sends none.
 * With neither, a fresh key when `generate`. Throws a message.
 */
export function resolveIdempotencyKey(given: unknown, header: string | undefined, generate: boolean): string | undefined {
  const fromHeader = header === undefined ? undefined : checkKey(header, 'the Idempotency-Key header')
  const key = given === false || given === undefined ? fromHeader : checkKey(given, 'idempotencyKey')
  if ((fromHeader !== undefined && fromHeader !== key) || (given === false && key !== undefined)) throw 'idempotencyKey and the Idempotency-Key header disagree'
  return given === false ? undefined : (key ?? (generate ? generateIdempotencyKey() : undefined))
}
