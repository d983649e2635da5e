import type { Client } from '../../core/types.ts'
import { toolInputs } from '../generated/inputs.ts'
import { toolOperations } from '../generated/operations.ts'
import { tools as allTools } from '../tools.ts'
import type { RunOptions, Tool, ToolAccess, ToolResult, ToolRunner, ToolRunnerOptions } from '../types.ts'
import { validate } from '../validate/validate.ts'
import { callArguments } from './call-arguments.ts'
import { toolCallIdempotencyKey } from './idempotency-key.ts'
import { parseArguments } from './parse-arguments.ts'
import { refusal, toToolError } from './tool-error.ts'

const ACCESS: readonly ToolAccess[] = ['read', 'write', 'money', 'destructive']
type Operation = (client: Client, ...args: unknown[]) => Promise<unknown>

/**
 * A runner for a model's tool calls over the given clients. Only `read` tools run unless `allow`
 * names more access classes. `run` never throws: every outcome is `{ ok, result | error }`.
 *
 * @param options The clients whose tools it serves, and `allow`: the access classes that may run (default `['read']`).
 * @returns The allowed tools of the providers it has clients for, and `run`.
 * @throws {TypeError} When `allow` names an unknown access class.
 *
 * @example A tool call that is run twice pays once
 * ```ts
 * import { createAgentRef } from 'affiliate-fetch/agentref'
 * import { createSandbox } from 'affiliate-fetch/sandbox'
 * import { createToolRunner } from 'affiliate-fetch/tools'
 *
 * const sandbox = createSandbox()
 * const agentref = createAgentRef({ apiKey: sandbox.keys.agentref.merchant, fetch: sandbox.fetch })
 * const runner = createToolRunner({ agentref, allow: ['read', 'money'] })
 * const args = { affiliateId: 'aff_f5b59c317a0a', programId: 'prg_31d7c7f3d5a0', method: 'paypal' }
 * const first = await runner.run('agentref_create_payout', args, { toolCallId: 'call_1' })
 * const again = await runner.run('agentref_create_payout', args, { toolCallId: 'call_1' }) // replayed
 * const ids = [first, again].map((outcome) => (outcome.ok ? (outcome.result as { id: string }).id : outcome.error.message))
 * console.log(ids, sandbox.counts().agentref.payouts) // the same id twice; 4 payouts: 3 seeded, 1 new
 * await sandbox.close()
 * ```
 */
export function createToolRunner(options: ToolRunnerOptions = {}): ToolRunner {
  const allow = options.allow ?? ['read']
  if (!Array.isArray(allow) || allow.some((a) => !ACCESS.includes(a))) {
    throw new TypeError(`createToolRunner: allow must list access classes out of ${ACCESS.join(', ')}`)
  }
  const clients: Partial<Record<Tool['provider'], Client>> = { agentref: options.agentref, agentclick: options.agentclick, agentries: options.agentries }
  const tools = Object.freeze(allTools.filter((t) => allow.includes(t.access) && clients[t.provider]))
  const byName = new Map(tools.map((t) => [t.name, t]))

  async function run(name: string, args: unknown, runOptions: RunOptions = {}): Promise<ToolResult> {
    const tool = byName.get(name)
    if (!tool) {
      const known = allTools.find((t) => t.name === name)
      if (!known) return { ok: false, error: refusal('UnknownTool', `There is no tool named "${String(name).slice(0, 80)}".`) }
      const why = clients[known.provider] ? `its access (${known.access}) is not allowed` : `no ${known.provider} client was given`
      return { ok: false, error: refusal('ToolNotAllowed', `Tool "${name}" cannot run here: ${why}.`) }
    }
    const { toolCallId, signal } = runOptions ?? {}
    if (toolCallId !== undefined && (typeof toolCallId !== 'string' || toolCallId.length === 0 || toolCallId.length > 256)) {
      return { ok: false, error: refusal('InvalidArguments', 'toolCallId must be a string of 1 to 256 characters.') }
    }
    const invalid = (problem: string): ToolResult => ({ ok: false, error: refusal('InvalidArguments', `Invalid arguments for ${name}: ${problem}.`) })
    const parsed = parseArguments(args)
    if ('error' in parsed) return invalid(parsed.error)
    const problem = validate(tool.inputSchema, parsed.value)
    if (problem !== undefined) return invalid(problem)
    const input = toolInputs[name]!
    const positional = callArguments(input, parsed.value as Record<string, unknown>)
    const idempotencyKey = input.idempotent && toolCallId !== undefined ? toolCallIdempotencyKey(name, toolCallId) : undefined
    // The key must fit the header's 255 characters; refusing beats sending the write unprotected.
    if (idempotencyKey !== undefined && idempotencyKey.length > 255) {
      return { ok: false, error: refusal('InvalidArguments', 'toolCallId is too long to derive an Idempotency-Key from; nothing was sent.') }
    }
    const callOptions = { ...(signal ? { signal } : {}), ...(idempotencyKey ? { idempotencyKey } : {}) }
    try {
      const operation = toolOperations[name as keyof typeof toolOperations] as unknown as Operation
      const result = await operation(clients[tool.provider]!, ...positional, callOptions)
      return { ok: true, result: result === undefined ? null : result }
    } catch (error) {
      return { ok: false, error: toToolError(error, signal) }
    }
  }

  return Object.freeze({ tools, run })
}
