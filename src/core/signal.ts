/** An AbortSignal, from this realm or another (happy-dom, a Worker's): checked by shape, not instanceof. */
export const isSignal = (value: unknown): value is AbortSignal =>
  typeof (value as AbortSignal)?.aborted === 'boolean' && typeof (value as AbortSignal).addEventListener === 'function'
