import type { Tracer } from '@opentelemetry/api'
import type { Hooks } from 'affiliate-fetch'

export interface TracingHooks {
  /** Hooks for one call: pass them as that call's `hooks`; `signal`: the call's, if it has one. */
  call(options?: { signal?: AbortSignal }): Hooks
}
export declare function tracingHooks(tracer: Tracer): TracingHooks
