/** `a,b.c` as paths. */
export const parseFields = (fields: string | undefined): string[][] | undefined =>
  fields === undefined ? undefined : fields.split(',').map((f) => f.trim()).filter(Boolean).map((f) => f.split('.'))

/** The value at a path (`['b', 'c']` → `value.b.c`). */
export function at(value: unknown, path: readonly string[]): unknown {
  let current = value
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

/** Only the given paths of an object, keyed by the dotted path (`{ id, 'b.c' }`), in the order asked. */
export function pick(value: unknown, paths: readonly string[][]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const path of paths) out[path.join('.')] = at(value, path)
  return out
}
