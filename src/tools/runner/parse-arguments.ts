/** Tool arguments as an object: a JSON string (as OpenAI sends them) is parsed, nothing becomes `{}`. */
export function parseArguments(args: unknown): { value: unknown } | { error: string } {
  if (args === undefined || args === null || args === '') return { value: {} }
  if (typeof args !== 'string') return { value: args }
  try {
    return { value: JSON.parse(args) }
  } catch {
    return { error: 'the arguments are not valid JSON' }
  }
}
