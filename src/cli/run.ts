// Barrel imports on purpose: the build keeps them as imports of the package's own entry points.
import * as agentclick from '../agentclick/index.ts'
import * as agentref from '../agentref/index.ts'
import * as agentries from '../agentries/index.ts'
import type { Provider } from '../core/errors/affiliate-error.ts'
import { RUN, redactText } from '../core/redact.ts'
import type { Client } from '../core/types.ts'
import { toolInputs } from '../tools/generated/inputs.ts'
import { callArguments } from '../tools/runner/call-arguments.ts'
import { CASSETTE_VERIFY_DESCRIPTION, cassetteCommand } from './cassette-verify.ts'
import { CALL_ACTION, CALL_ACTION_ACCESS, CALL_ACTION_DESCRIPTION, type Command, commands, commandsOf, PROVIDERS } from './command-table.ts'
import { completion } from './completion.ts'
import { confirm } from './confirm.ts'
import { doctor } from './doctor.ts'
import { captureRequest, DRY_RUN } from './dry-run.ts'
import { EXIT, failureLine, failureOf, Interrupted } from './exit-code.ts'
import { FORMATS, type Format, GLOBAL_FLAGS, type GlobalFlags } from './global-flags.ts'
import { callActionHelp, cassetteHelp, commandHelp, providerHelp, topHelp } from './help.ts'
import type { CliIo, Output } from './io.ts'
import { buffered } from './output/buffered.ts'
import { parseFields } from './output/pick-fields.ts'
import { defaultFormat, writeResult } from './output/write-result.ts'
import { writeItems } from './output/write-items.ts'
import { buildInput, parseCommandArgs, type Parsed } from './parse-input.ts'
import { type Recording, startRecording } from './record.ts'
import { didYouMean } from './suggest.ts'
import { type Target, targetFor } from './target.ts'
import { UsageError } from './usage-error.ts'

type Operation = (client: Client, ...args: unknown[]) => Promise<unknown>
const MODULES = { agentref, agentclick, agentries } as unknown as Record<Provider, Record<string, Operation>>

/** Outputs that hide every run of every secret (belt and braces over the library's own redaction). */
function redacting(out: Output, secrets: () => readonly string[], redact: (text: string, secret: string) => string): Output {
  return {
    isTTY: out.isTTY,
    columns: out.columns,
    write: (text) => out.write(secrets().reduce(redact, text)),
  }
}

/**
 * Results are the server's data, written in chunks of lines: a run of a secret is hidden where it
 * appears as it is or percent- or JSON-escaped. The whole reading (`redactText`) runs only when
 * one of those can be there, since it costs ten times more per line than the check.
 */
function redactResult(text: string, secret: string): string {
  // Any run of RUN (8) characters of the secret holds one of its pieces of RUN / 2 that start at a
  // multiple of RUN / 2: looking for those (a quarter as many) finds every run, and a few false alarms.
  const piece = RUN / 2
  let suspect = secret.length < RUN || /%[\da-f]{2}|\\[ux]/i.test(text)
  for (let i = 0; !suspect && i + piece <= secret.length; i += piece) suspect = text.includes(secret.slice(i, i + piece))
  // Line by line: a reading without whitespace must not join two lines (or two NDJSON items).
  return suspect ? text.split('\n').map((line) => redactText(line, secret)).join('\n') : text
}

/** `--data`: a JSON object, from the flag, `@file` or `-` (stdin). */
async function readData(io: CliIo, data: string | undefined): Promise<Record<string, unknown> | undefined> {
  if (data === undefined) return undefined
  const text = data === '-' ? await io.readStdin() : data.startsWith('@') ? await io.readFile(data.slice(1)).catch((e: Error) => {
    throw new UsageError(`--data ${data}: cannot read the file (${(e as { code?: string }).code ?? e.message})`)
  }) : data
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new UsageError(`--data ${data === '-' ? '- (stdin)' : data.startsWith('@') ? data : ''} is not valid JSON`.replace('  ', ' '))
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UsageError('--data must be a JSON object')
  return value as Record<string, unknown>
}

function formatOf(flags: GlobalFlags): Format | undefined {
  if (flags.format !== undefined && !(FORMATS as readonly string[]).includes(flags.format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${flags.format}"${didYouMean(flags.format, FORMATS)}`)
  }
  return (flags.format as Format | undefined) ?? (flags.json ? 'json' : undefined)
}

/** Where the command line starts: the provider and command are the first two words; flags may come before them. */
function splitWords(argv: readonly string[]): { words: string[]; rest: string[] } {
  const words: string[] = []
  const rest: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (words.length < 2 && !arg.startsWith('-') && (i === 0 || !takesValue(argv[i - 1]!))) words.push(arg)
    else rest.push(arg)
  }
  return { words, rest }
}

/** A global flag before the command that takes a value (`--format json agentref …`). */
const takesValue = (arg: string): boolean => GLOBAL_FLAGS[arg.slice(2) as keyof typeof GLOBAL_FLAGS]?.type === 'string'

/** Runs the command line and resolves to its exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let secrets: readonly string[] = []
  // Results go out in chunks (an export writes a line per item), each checked for secrets once.
  const stdout = buffered(redacting(io.stdout, () => secrets, redactResult))
  const stderr = redacting(io.stderr, () => secrets, redactText)
  const say = (text: string) => stderr.write(`${text}\n`)
  let flags: GlobalFlags = {}
  let target: Target | undefined
  let recording: Recording | undefined
  /** The command's exit code, once its exchanges are saved (`--record`): a cassette that cannot be written fails a command that worked. */
  const finish = async (code: number): Promise<number> => {
    const saving = recording
    recording = undefined
    if (!saving) return code
    await stdout.flush()
    try {
      const count = await saving.save()
      if (count > 0) await say(`recorded ${count} exchange${count === 1 ? '' : 's'} to ${saving.file}`)
      return code
    } catch (error) {
      await say(`--record ${saving.file}: cannot write the cassette (${(error as { code?: string })?.code ?? (error instanceof Error ? error.message : String(error))})`)
      return code === EXIT.ok ? EXIT.failed : code
    }
  }
  const controller = new AbortController()
  const stopListening = io.onInterrupt(() => controller.abort(new Interrupted('interrupted')))
  try {
    const { words, rest } = splitWords(argv)
    const [first, second] = words
    if (first === undefined) {
      flags = parseCommandArgs(undefined, rest).flags
      // Asked for, help is the result (stdout); as the answer to an incomplete command, it is for people (stderr).
      await (flags.help ? stdout : stderr).write(`${topHelp()}\n`)
      return flags.help ? EXIT.ok : EXIT.usage
    }
    if (first === 'commands') return await listCommands(stdout, parseCommandArgs(undefined, rest).flags)
    if (first === 'schema') return await printSchema(stdout, second, parseCommandArgs(undefined, rest).positionals[0])
    if (first === 'completion') {
      await stdout.write(completion(second))
      return EXIT.ok
    }
    if (first === 'doctor') {
      flags = parseCommandArgs(undefined, rest).flags
      return await doctor(io, stdout, { sandbox: flags.sandbox, json: flags.json, signal: controller.signal, reveal: (s) => (secrets = [...secrets, ...s]) })
    }
    if (first === 'cassette') return await cassetteCommand(io, stdout, stderr, second, rest)
    if (first === 'help') {
      await stdout.write(`${second && (PROVIDERS as string[]).includes(second) ? providerHelp(second as Provider) : second === 'cassette' ? cassetteHelp() : topHelp()}\n`)
      return EXIT.ok
    }
    if (!(PROVIDERS as string[]).includes(first)) throw new UsageError(`unknown provider or command "${first}"${didYouMean(first, [...PROVIDERS, 'doctor', 'commands', 'schema', 'completion', 'cassette'])}`)
    const provider = first as Provider
    if (second === undefined) {
      flags = parseCommandArgs(undefined, rest).flags
      await (flags.help ? stdout : stderr).write(`${providerHelp(provider)}\n`)
      return flags.help ? EXIT.ok : EXIT.usage
    }
    const isCallAction = provider === 'agentclick' && second === CALL_ACTION
    const command = commandsOf(provider).find((c) => c.name === second)
    if (!command && !isCallAction) {
      throw new UsageError(`unknown command "${provider} ${second}"${didYouMean(second, [...commandsOf(provider).map((c) => c.name), ...(provider === 'agentclick' ? [CALL_ACTION] : [])])} (affiliate-fetch ${provider} --help lists them)`)
    }
    const parsed = parseCommandArgs(command, rest)
    flags = parsed.flags
    if (flags.help) {
      await stdout.write(`${command ? commandHelp(command) : callActionHelp()}\n`)
      return EXIT.ok
    }
    const format = formatOf(flags)
    const fields = parseFields(flags.fields)
    const data = await readData(io, flags.data)
    const plan = command ? planCommand(command, parsed, data, flags) : planCallAction(parsed, data)
    const access = command?.tool.access ?? CALL_ACTION_ACCESS

    const dryRun = flags['dry-run'] ? captureRequest() : undefined
    // --record reads its file before anything is sent; a dry run sends nothing, so records nothing.
    if (flags.record !== undefined && dryRun) await io.stderr.write('--record: a dry run sends nothing, so nothing is recorded\n')
    else if (flags.record !== undefined) recording = await startRecording(io, flags.record)
    target = await targetFor(provider, command, io, dryRun ? { sandbox: flags.sandbox, placeholder: true, fetch: dryRun.fetch, client: { maxRetries: 0 } } : { sandbox: flags.sandbox, verbose: flags.verbose, wrap: recording?.wrap })
    secrets = target.secrets
    // Our own words, past the redaction (a demo key may hold the word "merchant").
    if (flags.sandbox) await io.stderr.write(`--sandbox: an in-process sandbox with its demo keys${target.sandboxKey ? ` (AgentRef ${target.sandboxKey} key)` : ''}; nothing real is called\n`)
    if (dryRun) {
      await plan.call(target.client, controller.signal).catch((error: unknown) => {
        if (error !== DRY_RUN && (error as { cause?: unknown })?.cause !== DRY_RUN) throw error
      })
      if (!dryRun.request) throw new UsageError('nothing would be sent')
      await stdout.write(dryRun.print(format === 'json' || format === 'ndjson'))
      return EXIT.ok
    }

    if (access !== 'read' && !flags.yes) {
      const ok = await confirm(io, stderr, { provider, command: command?.name ?? `${CALL_ACTION} ${plan.label}`, access, where: target.where, input: plan.shown })
      if (!ok) return EXIT.usage
    }
    if (plan.idempotencyKey) await say(`Idempotency-Key: ${plan.idempotencyKey} (to rerun this command safely, add --idempotency-key ${plan.idempotencyKey})`)

    if (flags.all) {
      if (!command?.pages) throw new UsageError(`--all: ${provider} ${second} has no pages`)
      await streamAll(command, plan.args, target.client, stdout, io.stderr, { format: format ?? defaultFormat(io.stdout, true), fields, color: colorOf(io), signal: controller.signal })
      return await finish(EXIT.ok)
    }
    const result = await plan.call(target.client, controller.signal)
    await writeResult(stdout, result, command, { format, fields, color: colorOf(io), notice: (t) => void say(t) })
    return await finish(EXIT.ok)
  } catch (error) {
    const failure = failureOf(controller.signal.aborted ? controller.signal.reason : error, target?.sent() ?? 0)
    if (flags.json) await stderr.write(`${JSON.stringify({ error: failure.error })}\n`)
    else await say(failureLine(failure))
    return await finish(failure.code)
  } finally {
    await stdout.flush()
    stopListening()
    await target?.close()
  }
}

const colorOf = (io: CliIo): boolean => io.stdout.isTTY && !io.env.NO_COLOR

interface Plan {
  /** The function's arguments after the client (for `--all`). */
  args: unknown[]
  /** What the confirmation shows. */
  shown: Record<string, unknown>
  label: string
  idempotencyKey?: string | undefined
  call(client: Client, signal: AbortSignal): Promise<unknown>
}

function planCommand(command: Command, parsed: Parsed, data: Record<string, unknown> | undefined, flags: GlobalFlags): Plan {
  const input = buildInput(command, parsed, data)
  if (flags['idempotency-key'] !== undefined && !command.idempotent) throw new UsageError(`--idempotency-key: ${command.provider} ${command.name} sends no Idempotency-Key`)
  const idempotencyKey = command.idempotent ? (flags['idempotency-key'] ?? `cli-${crypto.randomUUID()}`) : undefined
  if (idempotencyKey !== undefined && (idempotencyKey.length === 0 || idempotencyKey.length > 255)) throw new UsageError('--idempotency-key must have 1 to 255 characters')
  const args = callArguments(toolInputs[command.tool.name]!, input)
  const fn = MODULES[command.provider][command.wire.function]!
  return {
    args,
    shown: input,
    label: command.name,
    idempotencyKey,
    call: (client, signal) => fn(client, ...args, { signal, ...(idempotencyKey ? { idempotencyKey } : {}) }),
  }
}

function planCallAction(parsed: Parsed, data: Record<string, unknown> | undefined): Plan {
  const [action, ...extra] = parsed.positionals
  if (!action) throw new UsageError('missing <action>: usage: affiliate-fetch agentclick call-action <action> [--data JSON]')
  if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`)
  const params = data ?? {}
  return { args: [params], shown: { action, ...params }, label: action, call: (client, signal) => agentclick.callAction(client as agentclick.AgentClickClient, action, params, { signal }) }
}

/** `--all`: every item of every page as it arrives; progress on a terminal's stderr only. */
async function streamAll(command: Command, args: unknown[], client: Client, stdout: Output, stderr: Output, options: { format: Format; fields: string[][] | undefined; color: boolean; signal: AbortSignal }): Promise<void> {
  const paginate = (MODULES[command.provider] as unknown as { paginate: (...a: unknown[]) => AsyncIterable<unknown> }).paginate
  const fn = MODULES[command.provider][command.wire.function]!
  const started = Date.now()
  let pages = 0
  let items = 0
  const progress = () => {
    if (stderr.isTTY) void stderr.write(`\r\x1b[2Kpages ${pages}, items ${items}, ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  const hooks = { onResponse: (event: { status?: number | undefined }) => {
    if (event.status !== undefined && event.status < 300) pages++
    progress()
  } }
  // Path arguments first, then the params (a page size the API allows at its most), then options.
  const params = { ...(args.find((a) => a && typeof a === 'object') as Record<string, unknown> | undefined) }
  const path = args.filter((a) => typeof a === 'string')
  const writer = writeItems(stdout, { format: options.format, fields: options.fields, color: options.color, notice: (t) => void stderr.write(`${t}\n`) })
  try {
    for await (const item of paginate(fn, client, ...path, params, { signal: options.signal, hooks })) {
      await writer.item(item)
      items++
    }
  } finally {
    // Whatever stopped the walk (the end, Ctrl-C after the current page, a failure), the output stays well-formed.
    await writer.end()
    if (stderr.isTTY) await stderr.write(`\r\x1b[2Kpages ${pages}, items ${items}, ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
  }
}

async function listCommands(stdout: Output, flags: GlobalFlags): Promise<number> {
  const rows: { provider: Provider | null; command: string; function: string; access: string; retried: string; paginated: boolean; description: string }[] = commands.map((c) => ({ provider: c.provider, command: c.name, function: c.wire.function, access: c.tool.access, retried: c.wire.retried, paginated: c.pages !== undefined, description: c.tool.description }))
  rows.push({ provider: 'agentclick', command: CALL_ACTION, function: 'callAction', access: CALL_ACTION_ACCESS, retried: 'read actions only', paginated: false, description: CALL_ACTION_DESCRIPTION })
  // Not a provider's: it reads a local file and sends nothing.
  rows.push({ provider: null, command: 'cassette verify', function: 'verifyCassette', access: 'read', retried: 'no (sends nothing)', paginated: false, description: CASSETTE_VERIFY_DESCRIPTION })
  if (flags.json || !stdout.isTTY) await stdout.write(`${JSON.stringify(rows, null, stdout.isTTY ? 2 : undefined)}\n`)
  else await writeResult(stdout, rows.map(({ description, ...r }) => r), undefined, { format: 'table', fields: undefined, color: false, notice: () => {} })
  return EXIT.ok
}

async function printSchema(stdout: Output, provider: string | undefined, name: string | undefined): Promise<number> {
  const command = commands.find((c) => c.provider === provider && c.name === name)
  if (!command) {
    if (!provider || !name) throw new UsageError('usage: affiliate-fetch schema <provider> <command>')
    throw new UsageError(`unknown command "${provider} ${name}"${didYouMean(name, commands.filter((c) => c.provider === provider).map((c) => c.name))}`)
  }
  const { inputSchema, outputSchema } = command.tool
  await stdout.write(`${JSON.stringify({ provider: command.provider, command: command.name, function: command.wire.function, access: command.tool.access, input: inputSchema, output: outputSchema }, null, stdout.isTTY ? 2 : undefined)}\n`)
  return EXIT.ok
}
