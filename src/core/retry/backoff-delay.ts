const BASE_MS = 500
const CAP_MS = 8_000

/** Delay before retry number `retry` (0-based): min(500 ms * 2^n, 8 s), minus up to 25 % jitter. */
export function backoffDelay(retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BASE_MS * 2 ** retry, CAP_MS)
  return Math.round(ceiling * (1 - 0.25 * random()))
}
