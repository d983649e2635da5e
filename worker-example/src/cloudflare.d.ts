// The few Workers platform types this example uses, declared here so the example type-checks
// without @cloudflare/workers-types (and so none of them can reach the library's own types).
declare module 'cloudflare:workers' {
  export interface DurableObjectStorage {
    get<T = unknown>(key: string): Promise<T | undefined>
    put(key: string, value: unknown): Promise<void>
    /** Several keys in one atomic write. */
    put(entries: Record<string, unknown>): Promise<void>
    list<T = unknown>(options?: { prefix?: string }): Promise<Map<string, T>>
  }
  export interface DurableObjectState {
    readonly storage: DurableObjectStorage
    blockConcurrencyWhile<T>(fn: () => Promise<T>): Promise<T>
  }
  export abstract class DurableObject<Env = unknown> {
    protected readonly ctx: DurableObjectState
    protected readonly env: Env
    constructor(ctx: DurableObjectState, env: Env)
  }
  export interface DurableObjectId {
    toString(): string
  }
  /** A stub calls the object's public methods over RPC: every result becomes a promise. */
  export type DurableObjectStub<T> = {
    [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never
  }
  export interface DurableObjectNamespace<T> {
    idFromName(name: string): DurableObjectId
    get(id: DurableObjectId): DurableObjectStub<T>
  }
  export interface Queue<Body> {
    send(body: Body): Promise<void>
  }
  export interface QueueMessage<Body> {
    readonly id: string
    readonly body: Body
    /** 1 on the first delivery to the consumer. */
    readonly attempts: number
    ack(): void
    retry(options?: { delaySeconds?: number }): void
  }
  export interface MessageBatch<Body> {
    readonly queue: string
    readonly messages: readonly QueueMessage<Body>[]
  }
  export interface ExecutionContext {
    waitUntil(promise: Promise<unknown>): void
  }
}
