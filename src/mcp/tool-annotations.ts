import type { ToolAccess } from '../tools/types.ts'

/** MCP tool hints from a tool's access class: what a client may show or auto-approve. */
export function toolAnnotations(access: ToolAccess) {
  return {
    readOnlyHint: access === 'read',
    destructiveHint: access === 'destructive' || access === 'money',
    openWorldHint: true,
  }
}
