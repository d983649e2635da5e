import type { FetchLike } from '../core/types.ts'

/** What the capturing fetch throws: the request went no further. */
export const DRY_RUN: unique symbol = Symbol('dry-run') as never

interface Captured {
  method: string
  url: string
  headers: Record<string, string>
  body: unknown
}

/** A fetch that keeps the first request it is given and sends nothing; `print` shows it, credential redacted. */
export function captureRequest() {
  const state: { request?: Captured } = {}
  const fetch: FetchLike = async (input, init) => {
    if (!state.request) {
      const headers: Record<string, string> = {}
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = name === 'authorization' ? value.replace(/^(\w+\s+).*$/, '$1[redacted]') : value
      })
      const text = typeof init.body === 'string' ? init.body : undefined
      let body: unknown = text
      try {
        body = text === undefined ? undefined : JSON.parse(text)
      } catch {}
      state.request = { method: init.method ?? 'GET', url: String(input), headers, body }
    }
    throw DRY_RUN
  }
  return {
    fetch,
    get request() {
      return state.request
    },
    /** The request as text (method and URL, headers, body), or as one JSON object; the output it goes to redacts the rest. */
    print(json: boolean): string {
      const r = state.request!
      if (json) return `${JSON.stringify({ dryRun: true, ...r })}\n`
      const lines = [`${r.method} ${r.url}`, ...Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`)]
      if (r.body !== undefined) lines.push('', typeof r.body === 'string' ? r.body : JSON.stringify(r.body, null, 2))
      return `${lines.join('\n')}\n`
    },
  }
}
