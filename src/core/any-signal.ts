export interface CombinedSignal {
  signal: AbortSignal
  /** Detaches the listeners of the fallback; a no-op with native `AbortSignal.any`. */
  dispose(): void
}

/** `AbortSignal.any` where the runtime has it, else an equivalent built from listeners. */
export function anySignal(signals: readonly AbortSignal[], native = (AbortSignal as { any?: (s: AbortSignal[]) => AbortSignal }).any): CombinedSignal {
  if (native) return { signal: native.call(AbortSignal, [...signals]), dispose() {} }
  return anySignalFallback(signals)
}

export function anySignalFallback(signals: readonly AbortSignal[]): CombinedSignal {
  const controller = new AbortController()
  const dispose = (): void => {
    for (const signal of signals) signal.removeEventListener('abort', onAbort)
  }
  function onAbort(this: AbortSignal): void {
    controller.abort(this.reason)
    dispose()
  }
  for (const signal of signals) {
    if (signal.aborted) {
      controller.abort(signal.reason)
      break
    }
    signal.addEventListener('abort', onAbort)
  }
  if (controller.signal.aborted) dispose()
  return { signal: controller.signal, dispose }
}
