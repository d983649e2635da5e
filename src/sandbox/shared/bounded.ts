/** Default number of entries the live logs (`requests`, `deliveries`) keep. */
export const DEFAULT_LOG_ENTRIES = 10_000

/** Appends to a live log, dropping the oldest entries beyond `capacity` (the array stays the same object). */
export function pushBounded<T>(log: T[], entry: T, capacity: number): void {
  log.push(entry)
  if (log.length > capacity) log.splice(0, log.length - capacity)
}
