import { SandboxError } from './errors.ts'

export interface RouteDef {
  method: string
  /** `/programs/{id}/stats`: literal segments and `{name}` parameters. */
  path: string
}

export type RouteMatch<R> = { route: R; params: Record<string, string> } | { allow: string[] } | undefined

interface Compiled<R> {
  route: R
  segments: Array<{ literal?: string; param?: string }>
  rank: string
}

function split(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
  return trimmed.split('/').slice(1)
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw new SandboxError(400, 'BAD_REQUEST', `Malformed percent-encoding in path segment "${segment}"`)
  }
}

/**
 * A small path router. Paths are matched on their raw segments (so `%2F` inside an id stays
 * inside that id and dot segments are never resolved); parameters are percent-decoded.
 * Literal segments win over parameters at the first position where routes differ.
 */
export function createRouter<R extends RouteDef>(routes: readonly R[]) {
  const compiled: Compiled<R>[] = routes
    .map((route) => {
      const segments = split(route.path).map((s) =>
        s.startsWith('{') && s.endsWith('}') ? { param: s.slice(1, -1) } : { literal: s },
      )
      return { route, segments, rank: segments.map((s) => (s.param ? '1' : '0')).join('') }
    })
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))

  return {
    match(method: string, rawPath: string): RouteMatch<R> {
      const parts = split(rawPath)
      const allow: string[] = []
      for (const c of compiled) {
        if (c.segments.length !== parts.length) continue
        const params: Record<string, string> = {}
        const ok = c.segments.every((s, i) => {
          const part = parts[i] ?? ''
          if (s.param !== undefined) {
            params[s.param] = part
            return true
          }
          return s.literal === part
        })
        if (!ok) continue
        if (c.route.method !== method) {
          allow.push(c.route.method)
          continue
        }
        for (const key of Object.keys(params)) params[key] = decode(params[key] ?? '')
        return { route: c.route, params }
      }
      return allow.length ? { allow } : undefined
    },
  }
}
