import { canonicalJson } from '../shared/canonical-json.js'

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

/**
 * The `Idempotency-Key` cache: keys are scoped per API key and live 24 h. A hit with the same
 * fingerprint replays the stored status and body; a different fingerprint is a mismatch.
 */
export function createIdempotencyStore(now: () => number = Date.now) {
  const entries = new Map<string, Entry>()
  const id = (apiKey: string, key: string) => `${apiKey}\u0000${key}`
  return {
    lookup(apiKey: string, key: string, print: string): IdempotencyResult {
      const e = entries.get(id(apiKey, key))
      if (!e || now() - e.at > TTL) return { kind: 'miss' }
      return e.fingerprint === print ? { kind: 'replay', status: e.status, text: e.text, headers: e.headers } : { kind: 'mismatch' }
    },
    store(apiKey: string, key: string, print: string, status: number, text: string, headers: Record<string, string> = {}): void {
      entries.set(id(apiKey, key), { fingerprint: print, status, text, headers, at: now() })
    },
    get size(): number {
      return entries.size
    },
  }
}

export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>
