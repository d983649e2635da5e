/** Waits `ms`, or rejects with the signal's reason the moment it aborts; the timer never outlives it. */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      signal?.aborted ? reject(signal.reason) : resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done)
    // Already aborted (say, by an onRetry callback): no wait at all.
    if (signal?.aborted) done()
  })
