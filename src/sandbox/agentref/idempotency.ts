import { canonicalJson } from '../shared/canonical-json.ts'

const TTL = 24 * 60 * 60 * 1000

interface Entry {
  fingerprint: string
  status: number
  text: string
  headers: Record<string, string>
  at: number
}

export type IdempotencyResult = { kind: 'miss' } | { kind: 'replay'; status: number; text: string; headers: Record<string, string> } | { kind: 'mismatch' }

/** A request's identity for replay purposes: method, path and the body (key order ignored). */
export function fingerprint(method: string, path: string, body: unknown, text: string): string {
  return `${method} ${path}\n${body === undefined ? text.trim() : canonicalJson(body)}`
}

/** Keys kept by default; the oldest is evicted beyond it. */
export const DEFAULT_IDEMPOTENCY_KEYS = 10_000

/**
 * The `Idempotency-Key` cache: keys are scoped per API key and live 24 h, at most `capacity` of
 * them (the oldest stored is evicted first, so recent keys always replay). A hit with the same
 * fingerprint replays the stored status and body; a different fingerprint is a mismatch.
 */
export function createIdempotencyStore(now: () => number = Date.now, capacity = DEFAULT_IDEMPOTENCY_KEYS) {
  // A Map iterates in insertion order and entries are (re)inserted when stored: oldest first.
  const entries = new Map<string, Entry>()
  const id = (apiKey: string, key: string) => `${apiKey}\u0000${key}`
  const evict = () => {
    for (const [k, e] of entries) {
      if (entries.size <= capacity && now() - e.at <= TTL) break
      entries.delete(k)
    }
  }
  return {
    lookup(apiKey: string, key: string, print: string): IdempotencyResult {
      const e = entries.get(id(apiKey, key))
      if (!e || now() - e.at > TTL) return { kind: 'miss' }
      return e.fingerprint === print ? { kind: 'replay', status: e.status, text: e.text, headers: e.headers } : { kind: 'mismatch' }
    },
    store(apiKey: string, key: string, print: string, status: number, text: string, headers: Record<string, string> = {}): void {
      const k = id(apiKey, key)
      entries.delete(k)
      entries.set(k, { fingerprint: print, status, text, headers, at: now() })
      evict()
    },
    get size(): number {
      return entries.size
    },
  }
}

export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>
