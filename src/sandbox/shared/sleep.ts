import { abortable } from './abortable.ts'

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (the timer is cleared). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const wait = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))
  return abortable(wait, signal).finally(() => clearTimeout(timer))
}
