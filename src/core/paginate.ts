import { AffiliateError } from './errors/affiliate-error.ts'
import type { Client } from './types.ts'
import type { Params } from './params.ts'

/** What one page says: its items, and the params patch that asks for the next page (none: last page). */
export interface PageStep<T> {
  items: readonly T[]
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
  let split = args.findIndex((arg) => typeof arg !== 'string')
  if (split < 0) split = args.length
  const pathArgs = args.slice(0, split)
  let params: Params = { ...(args[split] as Params | undefined) }
  const options = args[split + 1] as { signal?: AbortSignal } | undefined
  const requested = new Set<string>()
  let previous: string | undefined
  for (;;) {
    const key = JSON.stringify(params)
    if (requested.has(key)) throw repeated(client, `pointed back to a page already fetched (${key})`)
    requested.add(key)
    options?.signal?.throwIfAborted()
    const result = await (listFn as (...a: unknown[]) => Promise<unknown>)(client, ...pathArgs, params, options)
    const { items, next } = step(result, params)
    const fingerprint = JSON.stringify(items)
    if (items.length > 0 && fingerprint === previous) throw repeated(client, 'returned the same page twice')
    previous = fingerprint
    yield* items
    if (!next || items.length === 0) return
    params = { ...params, ...next }
  }
}

function repeated(client: Client, what: string): AffiliateError {
  return new AffiliateError(`Pagination stopped: the server ${what}; continuing would loop forever`, {
    provider: client.provider,
  })
}
