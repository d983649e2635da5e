export interface CombinedSignal {
  signal: AbortSignal
  /** Detaches the listeners of the fallback; a no-op with native `AbortSignal.any`. */
  dispose(): void
}

type AnyFn = (signals: AbortSignal[]) => AbortSignal

/** `AbortSignal.any` where the runtime has it, else an equivalent built from listeners. */
export function anySignal(signals: readonly AbortSignal[], native = (AbortSignal as { any?: AnyFn }).any): CombinedSignal {
  if (native) return { signal: native.call(AbortSignal, [...signals]), dispose() {} }
  return anySignalFallback(signals)
}

export function anySignalFallback(signals: readonly AbortSignal[]): CombinedSignal {
  const controller = new AbortController()
  // One closure per source: listeners' `this` differs between runtimes (workerd does not bind it).
  const listeners = signals.map((source) => () => {
    controller.abort(source.reason)
    dispose()
  })
  const dispose = (): void => signals.forEach((source, i) => source.removeEventListener('abort', listeners[i]!))
  const already = signals.find((source) => source.aborted)
  if (already) controller.abort(already.reason)
  else signals.forEach((source, i) => source.addEventListener('abort', listeners[i]!))
  return { signal: controller.signal, dispose }
}
