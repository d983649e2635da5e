/**
 * Merges header layers into one object with lower-case names: later layers win, whatever their
 * spelling, so no header goes out twice or comma-joined. Undefined values are skipped.
 * Throws a message (the pipeline makes it an AffiliateError) for what a runtime would refuse
 * (names and values as `Headers` and every HTTP layer accept them), without quoting the value:
 * it may be a secret.
 */
/** An `authorization` header and a client credential: which one is meant cannot be told. */
export const AMBIGUOUS = 'an Authorization header beside the credential is ambiguous'

export function mergeHeaders(into: Record<string, string>, layer: any, where: string): Record<string, string> {
  if (layer == null) return into
  if (typeof layer !== 'object' || Array.isArray(layer)) throw `${where} headers must be an object`
  const add = (value: unknown, name: string): void => {
    if (value === undefined) return
    if (!/^[\w!#$%&'*+.^`|~-]+$/.test(name) || typeof value !== 'string' || !/^[\t\x20-\x7e\x80-\xff]*$/.test(value)) {
      throw `${where} header ${JSON.stringify(name)} must be a token with a Latin-1 value without controls`
    }
    into[name.toLowerCase()] = value.trim()
  }
  if (typeof layer.forEach === 'function') layer.forEach(add)
  else for (const name of Object.keys(layer)) add(layer[name], name)
  return into
}
