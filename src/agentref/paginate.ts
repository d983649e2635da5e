import { paginateBy } from '../core/paginate.ts'
import type { AgentRefClient } from './client.ts'
import type { Page } from './types.ts'

/**
 * Every item of a paginated AgentRef list, page after page: follows `meta.nextCursor` when the
 * server gives one, else `page + 1`, while `meta.hasMore` is true.
 *
 *   for await (const program of paginate(listPrograms, agentref, { status: 'active' })) …
 */
export function paginate<A extends unknown[], T>(
  listFn: (client: AgentRefClient, ...args: A) => Promise<Page<T>>,
  client: AgentRefClient,
  ...args: A
): AsyncGenerator<T, void, undefined> {
  return paginateBy<T>(listFn as never, client, args, (result, params) => {
    const { data, meta } = result as Page<T>
    const page = typeof meta?.page == 'number' ? meta.page : ((params.page as number | undefined) ?? 1)
    const next = meta?.nextCursor ? { cursor: meta.nextCursor, page: undefined } : { page: page + 1, cursor: undefined }
    return { items: data, next: meta?.hasMore ? next : undefined }
  })
}
