import { jsonBody } from '../core/json-body.ts'
import { AuthError } from '../core/errors/auth-error.ts'
import type { PathTemplate } from '../core/path.ts'
import { request, type CallOptions } from '../core/request.ts'
import type { AgentriesClient } from './client.ts'
import { getAuthToken } from './token.ts'

type Method = 'GET' | 'POST' | 'DELETE'

/**
 * One Agentries call; returns the JSON body. Only GETs are retried. With a minted token, a 401
 * (nothing was executed) drops it, mints once more and repeats the call once.
 */
export async function call<T>(
  client: AgentriesClient,
  method: Method,
  path: PathTemplate,
  params: object | undefined,
  options: CallOptions | undefined,
  anonymous = false,
): Promise<T> {
  const get = method === 'GET'
  const spec = { method, path, retry: get, anonymous, query: get ? params : undefined, body: get ? undefined : jsonBody(params) }
  if (anonymous) return request<T>(client, spec, options)
  const token = await getAuthToken(client, options)
  try {
    return await request<T>(client, { ...spec, credential: token }, options)
  } catch (error) {
    if (!client.auth || !(error instanceof AuthError)) throw error
    client.auth.drop(token)
    return request<T>(client, { ...spec, credential: await client.auth.get(client, options) }, options)
  }
}
