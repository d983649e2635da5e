import type { AgentClickClient } from '../agentclick/client.ts'
import type { AgentRefClient } from '../agentref/client.ts'
import type { AgentriesClient } from '../agentries/client.ts'
import type { Provider } from '../core/errors/affiliate-error.ts'
import type { HttpMethod } from '../core/types.ts'

/** What a tool can do: nothing (`read`), create or change (`write`), move money or record revenue (`money`), delete/disable/block/cancel/rotate (`destructive`). */
export type ToolAccess = 'read' | 'write' | 'money' | 'destructive'

/** The JSON Schema 2020-12 subset the tool schemas use (`validate` checks the input schemas, which use no `anyOf`). */
export interface JsonSchema {
  type?: JsonType | readonly JsonType[]
  description?: string
  enum?: readonly unknown[]
  properties?: Readonly<Record<string, JsonSchema>>
  required?: readonly string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  anyOf?: readonly JsonSchema[]
  format?: string
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  $schema?: string
}
export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null'

/** A tool's input schema: always a closed object. */
export interface ToolInputSchema extends JsonSchema {
  type: 'object'
  properties: Readonly<Record<string, JsonSchema>>
  additionalProperties: false
}

/**
 * A tool's output schema: an object. A result that is not always an object (an array, the
 * `undefined` of a 204 as `null`, an undocumented body) is wrapped as `{ result: <value> }`.
 * Extra properties are allowed where the API may add fields.
 */
export interface ToolOutputSchema extends JsonSchema {
  type: 'object'
}

/** One operation as an LLM tool. */
export interface Tool {
  readonly name: string
  readonly provider: Provider
  readonly access: ToolAccess
  readonly description: string
  readonly inputSchema: ToolInputSchema
  readonly outputSchema: ToolOutputSchema
}

/** How a tool's arguments map onto its function's call (generated from the function's signature). */
export interface ToolInput {
  provider: Provider
  /** Path parameter names, in call order. */
  path: readonly string[]
  /** Whether the function takes a params object after its path parameters. */
  params: 'none' | 'optional' | 'required'
  /** Whether its per-call options take an `idempotencyKey` (AgentRef POSTs). */
  idempotent: boolean
  inputSchema: ToolInputSchema
}

/** A tool's output (generated from the function's result type). */
export interface ToolOutput {
  /** Whether the result is wrapped as `{ result }` in structured output (it is not always an object). */
  wrapped: boolean
  outputSchema: ToolOutputSchema
}

/** How a tool's operation goes on the wire (generated from the provider functions). */
export interface ToolWire {
  /** The provider function's name, e.g. `listPrograms`. */
  function: string
  method: HttpMethod
  /** AgentRef and Agentries: the path template under the base URL, e.g. `/programs/{id}`. */
  path?: string
  /** AgentClick: the action posted to its one endpoint. */
  action?: string
  /** Whether the library retries it: `yes`, `no`, or the condition (`with idempotencyKey`). */
  retried: string
  /** Whether running it twice has the effect of running it once: `yes (read)`, `no`, or the condition. */
  safeTwice: string
  /** Which part of the response body the function returns: its `data` (AgentRef's and AgentClick's envelopes), or the whole `body`. */
  returns: 'data' | 'body'
}

/** Per tool: its access class and its description. */
export type ToolCatalog = Readonly<Record<string, readonly [ToolAccess, string]>>

export interface ToolRunnerOptions {
  agentref?: AgentRefClient
  agentclick?: AgentClickClient
  agentries?: AgentriesClient
  /** Access classes whose tools may run. Default `['read']`. */
  allow?: readonly ToolAccess[]
}

export interface RunOptions {
  /** The model's id for this tool call; AgentRef POSTs derive their `Idempotency-Key` from it. */
  toolCallId?: string
  signal?: AbortSignal
}

/** A failed tool call, safe to show a model: no credential, no stack. */
export interface ToolError {
  name: string
  message: string
  status?: number
  code?: string
  /** Whether running the same call again later may succeed. */
  retryable: boolean
}

export type ToolResult = { ok: true; result: unknown } | { ok: false; error: ToolError }

export interface ToolRunner {
  readonly tools: readonly Tool[]
  run(name: string, args: unknown, options?: RunOptions): Promise<ToolResult>
}
