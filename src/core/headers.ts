/** An `authorization` header and a client credential: which one is meant cannot be told. */
export const AMBIGUOUS = 'an Authorization header beside the credential is ambiguous'

/**
 * Adds a header layer (a plain object, `Headers` or any iterable of pairs) to `into` with
 * lower-case names: later layers win, whatever their spelling, so no header goes out twice or
 * comma-joined. Undefined values are skipped. Throws a message (the pipeline makes it an
 * AffiliateError) for what a runtime would refuse at send time, without quoting the value: it
 * may be a secret.
 */
export function mergeHeaders(into: Record<string, string>, layer: any): Record<string, string> {
  if (layer == null) return into
  if (typeof layer != 'object' || Array.isArray(layer)) throw 'headers must be an object'
  for (const [name, value] of layer[Symbol.iterator] ? layer : Object.entries(layer)) {
    if (value === undefined) continue
    // Names as `Headers` takes them; values as every HTTP layer sends them (Latin-1, no controls).
    if (!/^[\w!#$%&'*+.^`|~-]+$/.test(name) || typeof value != 'string' || /[^\t\x20-\x7e\x80-\xff]/.test(value)) throw `header ${JSON.stringify(name)} must be a token with a Latin-1 value`
    into[name.toLowerCase()] = value.trim()
  }
  return into
}
