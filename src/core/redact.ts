/** Runs of this many characters of a secret are hidden wherever they appear. */
const RUN = 8
const REDACTED = '[redacted]'

/** What a reader decodes between a secret's characters: %XX, JSON's \uXXXX and \x. */
const decode = (text: string): string =>
  text.replace(/%([\da-f]{2})|\\u([\da-f]{4})|\\(.)/gi, (_, pct, u, ch) => ch ?? String.fromCharCode(parseInt(pct ?? u, 16)))

/** Every run of the secret in `text` replaced; `text` itself when there is none. */
function hide(text: string, secret: string): string {
  const n = Math.min(RUN, secret.length)
  let out = text
  for (let i = 0; i + n <= secret.length; i++) out = out.split(secret.slice(i, i + n)).join(REDACTED)
  return out
}

/**
 * `text` with every run of 8 or more characters of `secret` (the whole secret when shorter)
 * replaced, also where the run is split by tags or whitespace, or percent- or JSON-encoded, so an
 * excerpt cut anywhere, or a page that broke the key with `<wbr>`, shows none of it. When the
 * secret is only found in a decoded reading, that reading is returned, redacted.
 */
export function redactText(text: string, secret: string | undefined): string {
  if (!secret || !text) return text
  for (const read of [(t: string) => t, (t: string) => decode(t).replace(/<[^<>]*>|\s/g, ''), (t: string) => decode(t).replace(/\s/g, '')]) {
    const variant = read(text)
    const hidden = hide(variant, secret)
    if (hidden !== variant) text = hidden
  }
  return text
}

/** A copy of a JSON-like value (error details, headers) with `redactText` applied to every string in it. */
export function redact<T>(value: T, secret: string | undefined, depth = 0): T {
  if (!secret || typeof value !== 'object' || value === null) return (typeof value === 'string' ? redactText(value, secret) : value) as T
  // Error bodies are capped in size, but could still nest deeper than a stack: cut there.
  if (depth > 64) return REDACTED as T
  if (Array.isArray(value)) return value.map((item) => redact(item, secret, depth + 1)) as T
  // fromEntries defines own properties: a `__proto__` key from a server stays data, never a prototype.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [redactText(key, secret), redact(item, secret, depth + 1)])) as T
}

/**
 * The runtime's error, as a ConnectionError's `cause`: kept as it is unless it (or a cause
 * inside it) carries part of the secret; then a plain copy with the secret redacted.
 */
export function redactCause(error: unknown, secret: string | undefined, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 4) return redact(error, secret)
  const cause = redactCause(error.cause, secret, depth + 1)
  let seen: string | undefined
  try {
    seen = JSON.stringify([error.message, error.stack, { ...error }])
  } catch {} // circular or unserialisable: keep a copy
  if (seen && cause === error.cause && redactText(seen, secret) === seen) return error
  // Defined, not assigned: an own `__proto__` key stays data.
  const copy = Object.defineProperties(new Error(redactText(error.message, secret), { cause }), Object.getOwnPropertyDescriptors(redact({ ...error }, secret)))
  copy.name = error.name
  copy.stack = redactText(error.stack ?? '', secret)
  return copy
}
