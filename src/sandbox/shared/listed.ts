import { type Keyed, lowerBound } from './lower-bound.ts'

/**
 * A Map by id that also keeps its values in `sorted`, ascending by (createdAt, id): adding the
 * newest value is a push, any other an insert at its binary-searched place. `counts` says how many
 * values each programId has. A value's createdAt, id and programId must not change while held.
 */
export class Listed<T extends Keyed & { programId?: string }> extends Map<string, T> {
  /** The values, oldest first (by createdAt, then id). Read it; change the map only through `set` and `delete`. */
  readonly sorted: T[] = []
  /** How many values each programId has (`undefined`: values without one). */
  readonly counts: Map<string | undefined, number> = new Map()

  /** Adds or replaces the value under `id`, keeping `sorted` and `counts` in step. */
  override set(id: string, value: T): this {
    this.index(this.get(id), -1)
    this.index(value, 1)
    return super.set(id, value)
  }

  /** Removes the value under `id` from the map, `sorted` and `counts`. */
  override delete(id: string): boolean {
    this.index(this.get(id), -1)
    return super.delete(id)
  }

  /** Removes every value. */
  override clear(): void {
    this.sorted.length = 0
    this.counts.clear()
    super.clear()
  }

  /** Adds (`by` 1) or removes (`by` -1) a value in `sorted` and `counts`. */
  private index(value: T | undefined, by: 1 | -1): void {
    if (!value) return
    const s = this.sorted
    if (by > 0) s.splice(lowerBound(s, value), 0, value)
    else s.splice(s.lastIndexOf(value), 1)
    this.counts.set(value.programId, (this.counts.get(value.programId) ?? 0) + by)
  }
}
