/**
 * Where each API lives: its documented base URL (what a client uses by default) and the path
 * prefix the HTTP door serves it under. The in-process fetch maps one onto the other, so both
 * doors reach the same handler with the same paths (and fault rules match the same way).
 */
export const MOUNTS = [
  { base: 'https://www.agentref.co/api/v1', prefix: '/agentref/api/v1' },
  { base: 'https://agentclick.ai', prefix: '/agentclick' },
  { base: 'https://api.agentries.xyz', prefix: '/agentries' },
] as const

/** The mount an absolute URL falls under (same origin, path at or below the base), if any. */
export function mountOf(url: URL) {
  return MOUNTS.find((m) => {
    const base = new URL(m.base)
    return url.origin === base.origin && (base.pathname === '/' || url.pathname === base.pathname || url.pathname.startsWith(`${base.pathname}/`))
  })
}
