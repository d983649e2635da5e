import { path } from '../core/path.ts'
import type { CallOptions } from '../core/request.ts'
import { get, post, type PostOptions } from './call.ts'
import type { AgentRefClient } from './client.ts'
import type { ApiObject, Invite } from './types.ts'

/**
 * Gets a program invite by its token.
 * GET /invites/{token}
 */
export const getInvite = (client: AgentRefClient, token: string, options?: CallOptions): Promise<Invite> =>
  get(client, path`/invites/${token}`, undefined, options)

/**
 * Claims a program invite: joins its program.
 * POST /invites/{token}/claim (no body). The reference names no fields of the result ("record"): an open object.
 */
export const claimInvite = (client: AgentRefClient, token: string, options?: PostOptions): Promise<ApiObject> =>
  post(client, path`/invites/${token}/claim`, undefined, options, false)
