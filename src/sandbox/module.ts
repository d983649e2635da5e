import type { Reply } from './shared/reply.ts'
import type { SandboxRequest } from './shared/request.ts'

/** The emulated API a request went to. */
export type Provider = 'agentref' | 'agentclick' | 'agentries'

/** One emulated API, mounted under a path prefix. */
export interface ApiModule {
  provider: Provider
  /** e.g. `/agentref/api/v1`; the module sees paths relative to it. */
  prefix: string
  /** Strings fault rules are matched against, besides `"METHOD /path"` forms. */
  faultTargets?(req: SandboxRequest): string[]
  /** Handles a request synchronously, so state changes are atomic. */
  handle(req: SandboxRequest): Reply
  /** The provider-shaped error answer for a failure found before the module handles a request (413, 500). */
  errorReply(req: SandboxRequest, status: number, message: string): Reply
  /** The provider-shaped answer for an injected status fault. */
  faultReply(req: SandboxRequest, status: number, retryAfter?: number): Reply
}
