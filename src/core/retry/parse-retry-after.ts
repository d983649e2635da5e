/**
 * The wait a response asks for, in milliseconds: `retry-after-ms`, else `Retry-After` as
 * delta-seconds or an HTTP date. `undefined` when absent or unreadable.
 */
export function parseRetryAfter(headers: Record<string, string>, now = Date.now()): number | undefined {
  const ms = Number(headers['retry-after-ms'] || NaN)
  if (ms >= 0) return Math.ceil(ms)
  const value = headers['retry-after']
  if (!value) return undefined
  const seconds = Number(value)
  if (seconds >= 0) return Math.ceil(seconds * 1000)
  const date = Date.parse(value)
  return date ? Math.max(0, date - now) : undefined
}
