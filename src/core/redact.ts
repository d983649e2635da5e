/** Runs of this many characters of a secret are hidden wherever they appear. */
export const RUN = 8
/** What stands where a secret was. */
export const REDACTED = '[redacted]'
/** Tags and whitespace, in runs: what a page puts inside a key, and what an excerpt collapses. */
export const TAGS_AND_SPACE = /(<[^<>]*>|\s)+/g

/** What a reader decodes between a secret's characters: %XX, JSON's \uXXXX and \x. */
export const decode = (text: string): string =>
  text.replace(/%([\da-f]{2})|\\u([\da-f]{4})|\\(.)/gi, (_, pct, u, ch) => ch ?? String.fromCharCode(parseInt(pct ?? u, 16)))

/**
 * `text` with every run of 8 or more characters of `secret` (the whole secret when shorter)
 * replaced, also where the run is split by tags or whitespace, or percent- or JSON-encoded, so an
 * excerpt cut anywhere, or a page that broke the key with `<wbr>`, shows none of it. When the
 * secret is only found in a decoded reading, that reading is returned, redacted.
 */
export function redactText(text: string, secret: string | undefined): string {
  if (!secret || !text) return text
  const n = Math.min(RUN, secret.length)
  // The text as it is; decoded without tags and whitespace; decoded without whitespace (a `<` can be the secret's).
  for (const strip of [undefined, TAGS_AND_SPACE, /\s+/g]) {
    const reading = strip ? decode(text).replace(strip, '') : text
    let hidden = reading
    for (let i = 0; i + n <= secret.length; i++) hidden = hidden.split(secret.slice(i, i + n)).join(REDACTED)
    if (hidden !== reading) text = hidden
  }
  return text
}

/**
 * JSON data (error fields, headers) as it is when it holds no run of the secret, else a copy
 * redacted through its JSON text (parsing defines own properties: a `__proto__` key stays data);
 * `undefined` when the redacted reading is no longer JSON.
 */
export function redact<T>(value: T, secret: string | undefined): T | undefined {
  if (!secret) return value
  const text = JSON.stringify(value)
  const hidden = redactText(text, secret)
  try {
    return hidden === text ? value : JSON.parse(hidden)
  } catch {}
}

/**
 * The runtime's error, as a ConnectionError's `cause`: kept as it is unless it (or a cause inside
 * it) carries part of the secret, or cannot be checked; then a plain Error with the redacted message.
 */
export function redactCause(error: unknown, secret: string | undefined): unknown {
  const chain = (e: any, depth: number): unknown => (e instanceof Error && depth < 5 ? [e.message, e.stack, { ...e }, chain(e.cause, depth + 1)] : e)
  let text: string | undefined
  try {
    text = JSON.stringify(chain(error, 0)) ?? ''
  } catch {} // circular, or a bigint: replaced below
  if (!secret || (text !== undefined && redactText(text, secret) === text)) return error
  const copy = new Error(redactText(String((error as Error)?.message), secret))
  if (error instanceof Error) copy.name = error.name
  return copy
}
