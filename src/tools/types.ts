import type { AgentClickClient } from '../agentclick/client.ts'
import type { AgentRefClient } from '../agentref/client.ts'
import type { AgentriesClient } from '../agentries/client.ts'
import type { Provider } from '../core/errors/affiliate-error.ts'
import type { HttpMethod } from '../core/types.ts'

/** What a tool can do: nothing (`read`), create or change (`write`), move money or record revenue (`money`), delete/disable/block/cancel/rotate (`destructive`). */
export type ToolAccess = 'read' | 'write' | 'money' | 'destructive'

/** The JSON Schema 2020-12 subset the tool schemas use (`validate` checks the input schemas, which use no `anyOf`). */
export interface JsonSchema {
  /** The JSON type the value must have, or a list of allowed types. */
  type?: JsonType | readonly JsonType[]
  /** What the value means, for the model. */
  description?: string
  /** The only values allowed. */
  enum?: readonly unknown[]
  /** The schemas of an object's properties, by name. */
  properties?: Readonly<Record<string, JsonSchema>>
  /** The properties an object must have. */
  required?: readonly string[]
  /** Whether an object may have properties not listed (`false`: refused), or their schema. */
  additionalProperties?: boolean | JsonSchema
  /** The schema of every item of an array. */
  items?: JsonSchema
  /** The value matches at least one of these schemas (output schemas only). */
  anyOf?: readonly JsonSchema[]
  /** A string format, e.g. `date-time`, `date`, `email`, `uri`. */
  format?: string
  /** Smallest number allowed (inclusive). */
  minimum?: number
  /** Largest number allowed (inclusive). */
  maximum?: number
  /** Fewest characters (code points) in a string. */
  minLength?: number
  /** Most characters (code points) in a string. */
  maxLength?: number
  /** Fewest items in an array. */
  minItems?: number
  /** Most items in an array. */
  maxItems?: number
  /** The JSON Schema dialect URI. Not set on the tool schemas. */
  $schema?: string
}
/** A JSON Schema `type` name. */
export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null'

/** A tool's input schema: always a closed object. */
export interface ToolInputSchema extends JsonSchema {
  /** Always `object`: a tool takes named arguments. */
  type: 'object'
  /** The arguments, by name: the function's path parameters and its params' fields. */
  properties: Readonly<Record<string, JsonSchema>>
  /** Always `false`: an unknown argument is refused, not dropped. */
  additionalProperties: false
}

/**
 * A tool's output schema: an object. A result that is not always an object (an array, the
 * `undefined` of a 204 as `null`, an undocumented body) is wrapped as `{ result: <value> }`.
 * Extra properties are allowed where the API may add fields.
 */
export interface ToolOutputSchema extends JsonSchema {
  /** Always `object` (non-object results are wrapped as `{ result }`). */
  type: 'object'
}

/** One operation as an LLM tool. */
export interface Tool {
  /** Provider and function in snake_case, e.g. `agentref_list_programs` (`^[a-z0-9_]{1,64}$`). */
  readonly name: string
  /** The API it calls. */
  readonly provider: Provider
  /** Its access class: `read` (no effect), `write`, `money` or `destructive`. */
  readonly access: ToolAccess
  /** What it does and returns and when to use it, for the model. */
  readonly description: string
  /** JSON Schema 2020-12 of its arguments. */
  readonly inputSchema: ToolInputSchema
  /** JSON Schema 2020-12 of its result, as structured output. */
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

/** Options of `createToolRunner`: the clients whose tools it runs, and which access classes. */
export interface ToolRunnerOptions {
  /** Client for the AgentRef tools; without it they are not offered. */
  agentref?: AgentRefClient
  /** Client for the AgentClick tools; without it they are not offered. */
  agentclick?: AgentClickClient
  /** Client for the Agentries tools; without it they are not offered. */
  agentries?: AgentriesClient
  /** Access classes whose tools may run. Default `['read']`. */
  allow?: readonly ToolAccess[]
}

/** Per-call options of `ToolRunner.run`. */
export interface RunOptions {
  /** The model's id for this tool call; AgentRef POSTs derive their `Idempotency-Key` from it. */
  toolCallId?: string
  /** Aborts the call; `run` then resolves to an `AbortError` error. */
  signal?: AbortSignal
}

/** A failed tool call, safe to show a model: no credential, no stack. */
export interface ToolError {
  /** The error's class name (`ApiError`, `RateLimitError`, …), or one of the runner's: `UnknownTool`, `ToolNotAllowed`, `InvalidArguments` (nothing was sent), `AbortError`. */
  name: string
  /** What went wrong, credential-free (for an error that is not the library's: a fixed text). */
  message: string
  /** The HTTP status, when the API answered. */
  status?: number
  /** The API's error code, when it sent one. */
  code?: string
  /** Whether running the same call again later may succeed. */
  retryable: boolean
}

/** What `run` resolves to: the function's result (a 204's `undefined` as `null`), or a `ToolError`. */
export type ToolResult = { ok: true; result: unknown } | { ok: false; error: ToolError }

/** What `createToolRunner` returns: the allowed tools, and `run` for a model's tool calls. */
export interface ToolRunner {
  /** The tools this runner serves: the allowed access classes of the providers it has clients for. */
  readonly tools: readonly Tool[]
  /** Runs one tool call. Never throws: resolves to `{ ok: true, result }` or `{ ok: false, error }`. */
  run(name: string, args: unknown, options?: RunOptions): Promise<ToolResult>
}
