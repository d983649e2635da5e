const NUMBER = /^\d+(\.\d+)?$/

/**
 * The wait a response asks for, in seconds: `retry-after-ms`, else `Retry-After` as delta-seconds
 * or an HTTP date (a past date is 0). `undefined` when absent or anything else: garbage such as
 * "-1" (which Date.parse reads as a date in 1 BC) never means "retry now". Header values come
 * from `Headers`, which trims them.
 */
export function retryAfter(headers: Record<string, string>, now: number = Date.now()): number | undefined {
  const ms = headers['retry-after-ms']
  const value = headers['retry-after']!
  // An HTTP date in the form servers send (IMF-fixdate): valid only if it prints back the same.
  const date = Date.parse(value)
  return NUMBER.test(ms!) ? +ms! / 1000 : NUMBER.test(value) ? +value : date && new Date(date).toUTCString() == value ? Math.max(0, date - now) / 1000 : undefined
}
