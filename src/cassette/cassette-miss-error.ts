import { AffiliateError } from '../core/errors/affiliate-error.ts'
import type { CassetteDifference } from './types.ts'

/** A replayed request that no cassette entry answers; the message names the nearest entry and what differed. */
export class CassetteMissError extends AffiliateError {
  /** Always `'CassetteMissError'`: test it where `instanceof` cannot work. */
  override name = 'CassetteMissError' as const
  /** The request, redacted as a recording would be. */
  declare readonly request: { method: string; url: string }
  /** The nearest recorded request (its index in `log.entries`), when the cassette has any. */
  declare readonly nearest: { entry: number; method: string; url: string } | undefined
  /** What differed from the nearest: the method, origin, path, a query key, the first body difference. */
  declare readonly differences: CassetteDifference[]
}
