import type { ToolAccess } from '../tools/types.ts'

const ACCESS: readonly ToolAccess[] = ['read', 'write', 'money', 'destructive']

/** `--tools read,write` or `all` as access classes; an unknown class is an error naming it. */
export function parseToolsFlag(value: string | undefined): ToolAccess[] {
  if (value === undefined || value === '') return ['read']
  if (value === 'all') return [...ACCESS]
  const parts = value.split(',').map((p) => p.trim())
  const unknown = parts.filter((p) => !ACCESS.includes(p as ToolAccess))
  if (unknown.length) throw new Error(`--tools: unknown access ${unknown.map((u) => `"${u}"`).join(', ')}; use ${ACCESS.join(', ')} or all`)
  return [...new Set(parts as ToolAccess[])]
}
