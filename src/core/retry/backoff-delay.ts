/** Delay before retry number `retry` (0-based): min(500 ms * 2^n, 8 s), minus up to 25 % jitter. */
export const backoffDelay = (retry: number, random: () => number = Math.random): number => Math.min(500 * 2 ** retry, 8_000) * (1 - random() / 4)
