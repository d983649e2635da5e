import { toolOutputs } from './generated/outputs.ts'

/**
 * A successful tool result as its output schema describes it: the result itself when it is always
 * an object, else `{ result: <value> }` (`undefined`, a 204, as `null`).
 */
export function structuredResult(toolName: string, result: unknown): Record<string, unknown> {
  const output = toolOutputs[toolName]
  if (!output) throw new TypeError(`structuredResult: no tool named "${toolName}"`)
  return output.wrapped ? { result: result === undefined ? null : result } : (result as Record<string, unknown>)
}
