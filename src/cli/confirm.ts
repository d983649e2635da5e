import type { ToolAccess } from '../tools/types.ts'
import type { CliIo, Output } from './io.ts'
import { UsageError } from './usage-error.ts'

const WHAT: Record<Exclude<ToolAccess, 'read'>, string> = { write: 'creates or changes something', money: 'moves money', destructive: 'deletes, blocks or disables something' }

/**
 * A write, money or destructive command runs only on an explicit yes: asked on a terminal, or
 * `--yes` without one (`UsageError` otherwise: exit 2, nothing sent). Resolves to the answer.
 */
export async function confirm(io: CliIo, stderr: Output, what: { provider: string; command: string; access: ToolAccess; where: string; input: Record<string, unknown> }): Promise<boolean> {
  const kind = WHAT[what.access as Exclude<ToolAccess, 'read'>] ?? 'changes something'
  if (!io.stdinIsTTY || !stderr.isTTY) {
    throw new UsageError(`${what.provider} ${what.command} ${kind} (${what.access}): --yes is required when not running interactively; nothing was sent`)
  }
  const params = Object.entries(what.input).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`)
  await stderr.write(`${what.provider} ${what.command} ${kind} (${what.access}), at ${what.where}${params.length ? `, with:\n${params.join('\n')}` : ', with no parameters'}\n`)
  const answer = (await io.ask('Run it? [y/N] ')).trim().toLowerCase()
  const yes = answer === 'y' || answer === 'yes'
  if (!yes) await stderr.write('Not run: nothing was sent.\n')
  return yes
}
