import { AffiliateError } from './errors/affiliate-error.ts'
import type { Client } from './types.ts'
import type { Params } from './params.ts'

/** What one page says: its items, and the params patch that asks for the next page (none: last page). */
export interface PageStep<T> {
  /** The page's items, in order. */
  items: readonly T[]
  /** The params patch for the next page; `undefined` on the last page. */
  next: Params | undefined
}

type ListFn = (client: never, ...args: never[]) => Promise<unknown>

/**
 * The loop under every provider's `paginate`. `args` are the list function's own arguments:
 * path strings first, then params, then options. Refuses to loop when a server repeats itself.
 */
export async function* paginateBy<T>(
  listFn: ListFn,
  client: Client,
  args: readonly unknown[],
  step: (result: unknown, params: Params) => PageStep<T>,
): AsyncGenerator<T, void, undefined> {
  let split = 0
  while (typeof args[split] == 'string') split++
  let params: Params = { ...(args[split] as Params | undefined) }
  const options = args[split + 1] as { signal?: AbortSignal } | undefined
  const requested = new Set<string>()
  let previous: string | undefined
  for (;;) {
    const key = JSON.stringify(params)
    if (requested.has(key)) throw repeated(client)
    requested.add(key)
    options?.signal?.throwIfAborted()
    const { items, next } = step(await (listFn as (...a: unknown[]) => Promise<unknown>)(client, ...args.slice(0, split), params, options), params)
    const page = JSON.stringify(items)
    if (items.length && page == previous) throw repeated(client)
    previous = page
    yield* items
    if (!next || !items.length) return
    params = { ...params, ...next }
  }
}

/** The server pointed back to a page already fetched, or returned the same page twice. */
const repeated = (client: Client): AffiliateError =>
  new AffiliateError(`${client.provider}: pagination stopped: the server repeated a page or cursor`, { provider: client.provider })
