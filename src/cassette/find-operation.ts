import { toolOutputs } from '../tools/generated/outputs.ts'
import { toolWire } from '../tools/generated/wire.ts'
import type { ToolOutputSchema, ToolWire } from '../tools/types.ts'

/** An operation a cassette entry can be: what of the body it returns and the schema that describes it. */
export interface KnownOperation {
  /** `provider.function`. */
  name: string
  returns: ToolWire['returns']
  /** Whether the result is wrapped as `{ result }` before the schema applies. */
  wrapped: boolean
  schema: ToolOutputSchema
}

interface Route extends KnownOperation {
  method: string
  segments?: string[]
  action?: string
}

/** Requests our clients make that are not tool operations: Agentries' token mint. */
const MORE: Route[] = [
  {
    name: 'agentries.getAuthToken',
    method: 'POST',
    segments: ['api', 'auth', 'token'],
    returns: 'body',
    wrapped: false,
    schema: { type: 'object', properties: { token: { type: 'string' }, expires_at: { type: 'number' }, token_type: { type: 'string' } }, required: ['token', 'expires_at', 'token_type'] },
  },
]

let routes: Route[] | undefined
const routeTable = (): Route[] =>
  (routes ??= [
    ...Object.entries(toolWire).map(([tool, wire]) => ({
      name: `${tool.slice(0, tool.indexOf('_'))}.${wire.function}`,
      method: wire.method,
      segments: wire.path?.split('/').filter(Boolean),
      action: wire.action,
      returns: wire.returns,
      wrapped: toolOutputs[tool]!.wrapped,
      schema: toolOutputs[tool]!.outputSchema,
    })),
    ...MORE,
  ])

/** How well a route template fits the end of a path: `[segments, literal segments]`, or undefined. */
function fit(template: string[], path: string[]): [number, number] | undefined {
  const offset = path.length - template.length
  if (offset < 0) return
  let literal = 0
  for (let i = 0; i < template.length; i++) {
    const part = template[i]!
    if (part.startsWith('{')) continue
    if (part !== path[offset + i]) return
    literal++
  }
  return [template.length, literal]
}

/**
 * The operation of a request, whatever its base URL: an AgentClick action named in the body, or
 * the route template (method and path) that fits the end of the path best.
 */
export function findOperation(method: string, pathname: string, body: unknown): KnownOperation | undefined {
  const action = (body as { action?: unknown } | undefined)?.action
  if (method === 'POST' && typeof action === 'string') {
    const found = routeTable().find((route) => route.action === action)
    if (found) return found
  }
  const path = pathname.split('/').filter(Boolean)
  let best: [Route, [number, number]] | undefined
  for (const route of routeTable()) {
    if (route.method !== method || !route.segments) continue
    const score = fit(route.segments, path)
    if (score && (!best || score[0] > best[1][0] || (score[0] === best[1][0] && score[1] > best[1][1]))) best = [route, score]
  }
  return best?.[0]
}
