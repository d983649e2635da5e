import type { ToolInput } from '../types.ts'

/**
 * A tool's validated arguments as its function's positional arguments after the client: the path
 * parameters in order, then the params object (left out when the function takes none, and
 * `undefined` when it is optional and nothing is left for it).
 */
export function callArguments(input: ToolInput, args: Record<string, unknown>): unknown[] {
  const rest = { ...args }
  const path = input.path.map((name) => {
    const value = rest[name]
    delete rest[name]
    return value
  })
  if (input.params === 'none') return path
  return [...path, input.params === 'optional' && Object.keys(rest).length === 0 ? undefined : rest]
}
