/**
 * A fresh key for one logical call; reused on every attempt of that call. A version 4 UUID from
 * `crypto.randomUUID`, else (browser pages over plain http, runtimes without crypto) built from
 * random bytes: keys need uniqueness, not secrecy.
 */
export const generateIdempotencyKey = (): string =>
  globalThis.crypto?.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (+c ^ ((globalThis.crypto?.getRandomValues(new Uint8Array(1))[0] ?? Math.random() * 256) & (15 >> (+c / 4)))).toString(16))

/** A caller's key, trimmed; throws a message when blank, too long, or holding what a header cannot carry. */
function checkKey(key: unknown, what: string): string {
  const trimmed = typeof key == 'string' ? key.trim() : ''
  if (/^[\x20-\x7e]{1,255}$/.test(trimmed)) return trimmed
  throw `${what} must be 1 to 255 printable ASCII characters`
}

/**
 * The call's idempotency key: `idempotencyKey` from the options, or an `Idempotency-Key` header
 * (any spelling, any layer), which counts the same; both given must agree. `false` sends none.
 * With neither, a fresh key when `generate`. Throws a message.
 */
export function resolveIdempotencyKey(given: unknown, header: string | undefined, generate: boolean): string | undefined {
  const fromHeader = header === undefined ? undefined : checkKey(header, 'Idempotency-Key')
  const key = given === false || given === undefined ? fromHeader : checkKey(given, 'idempotencyKey')
  if (fromHeader !== undefined && (fromHeader !== key || given === false)) throw 'idempotencyKey and the Idempotency-Key header disagree'
  return given === false ? undefined : (key ?? (generate ? generateIdempotencyKey() : undefined))
}
