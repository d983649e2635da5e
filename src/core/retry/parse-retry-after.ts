const NUMBER = /^\d+(\.\d+)?$/

/**
 * The wait a response asks for, in milliseconds: `retry-after-ms`, else `Retry-After` as
 * delta-seconds or an HTTP date (a past date is 0). `undefined` when absent or anything else:
 * garbage such as "-1" (which Date.parse reads as a date in 1 BC) never means "retry now".
 */
export function parseRetryAfter(headers: Record<string, string>, now = Date.now()): number | undefined {
  const ms = headers['retry-after-ms']?.trim() ?? ''
  if (NUMBER.test(ms)) return Math.ceil(+ms)
  const value = headers['retry-after']?.trim() ?? ''
  if (NUMBER.test(value)) return Math.ceil(+value * 1000)
  // An HTTP date in the form servers send (IMF-fixdate): valid only if it prints back the same
  // (an empty value parses to NaN).
  const date = Date.parse(value)
  return date && new Date(date).toUTCString() === value ? Math.max(0, date - now) : undefined
}
