import type { Cassette, CassetteFinding, CassetteReport } from '../cassette/index.ts'
import { isCassette } from '../cassette/is-cassette.ts'
import { EXIT } from './exit-code.ts'
import { FORMATS, type Format } from './global-flags.ts'
import { cassetteHelp } from './help.ts'
import type { CliIo, Output } from './io.ts'
import { writeItems } from './output/write-items.ts'
import { parseCommandArgs } from './parse-input.ts'
import { didYouMean } from './suggest.ts'
import { UsageError } from './usage-error.ts'

/** The kinds that make `cassette verify` fail: the API differs from our reading of it. `unknown-field` is information. */
const FAILING: readonly CassetteFinding['kind'][] = ['type', 'missing', 'unknown-operation']
const KINDS: readonly CassetteFinding['kind'][] = ['type', 'missing', 'unknown-field', 'unknown-operation']

/** `cassette verify` in `commands --json`. */
export const CASSETTE_VERIFY_DESCRIPTION =
  'Check a HAR cassette (written by --record FILE) against the output schemas: affiliate-fetch cassette verify FILE [--json]. Exits 1 on a type, missing or unknown-operation finding.'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** What was expected and what was there, in words. */
const detailOf = (f: CassetteFinding): string => [f.expected !== undefined ? `expected ${f.expected}` : '', f.actual !== undefined ? `got ${f.actual}` : ''].filter(Boolean).join(', ')

/** One finding as a plain line: `entry 3  agentref.listPrograms  data[0].status  type  expected …, got …`. */
const lineOf = (f: CassetteFinding): string => [`entry ${f.entry}`, f.operation, f.path || '-', f.kind, detailOf(f)].filter(Boolean).join('  ')

/** `N entries, N findings: X type, Y missing, Z unknown-field, W unknown-operation`. */
export function summaryOf(report: CassetteReport): string {
  const counts = KINDS.map((kind) => `${report.findings.filter((f) => f.kind === kind).length} ${kind}`)
  return `${plural(report.entries.length, 'entry', 'entries')}, ${plural(report.findings.length, 'finding', 'findings')}: ${counts.join(', ')}`
}

/** A cassette file's text as a cassette, or why it is not one (exit 2). */
async function readCassette(io: CliIo, file: string): Promise<Cassette> {
  let text: string
  try {
    text = await io.readFile(file)
  } catch (error) {
    throw new UsageError(`cassette verify ${file}: cannot read the file (${(error as { code?: string })?.code ?? (error instanceof Error ? error.message : String(error))})`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new UsageError(`cassette verify ${file}: not a HAR cassette (not JSON)`)
  }
  if (!isCassette(value)) throw new UsageError(`cassette verify ${file}: not a HAR cassette (no log.entries array)`)
  return value as Cassette
}

/** Writes the findings: JSON (`{ entries, findings }`), a table on a terminal, plain lines when piped, or NDJSON or CSV rows. */
async function writeReport(stdout: Output, report: CassetteReport, format: Format | undefined, color: boolean, notice: (text: string) => void): Promise<void> {
  if (format === 'json') return stdout.write(`${JSON.stringify(report, null, stdout.isTTY ? 2 : undefined)}\n`)
  if (format === undefined && !stdout.isTTY) {
    for (const finding of report.findings) await stdout.write(`${lineOf(finding)}\n`)
    return
  }
  if (report.findings.length === 0) return
  const rows = report.findings.map((f) =>
    format === 'ndjson' ? f : format === 'csv' ? { entry: f.entry, operation: f.operation, path: f.path, kind: f.kind, expected: f.expected ?? '', actual: f.actual ?? '' } : { entry: f.entry, operation: f.operation, path: f.path || '-', kind: f.kind, detail: detailOf(f) },
  )
  const writer = writeItems(stdout, { format: format ?? 'table', fields: undefined, color, notice })
  for (const row of rows) await writer.item(row)
  await writer.end()
}

/**
 * `affiliate-fetch cassette verify FILE [--json]`: `verifyCassette`'s findings on stdout, a summary
 * on stderr. Exit 1 when a finding is `type`, `missing` or `unknown-operation`; 0 when there are
 * none or only `unknown-field`; 2 when FILE is missing, unreadable or not a HAR cassette.
 */
export async function cassetteCommand(io: CliIo, stdout: Output, stderr: Output, sub: string | undefined, rest: readonly string[]): Promise<number> {
  const { flags, positionals } = parseCommandArgs(undefined, rest)
  if (sub === undefined || flags.help) {
    if (sub !== undefined && sub !== 'verify') throw new UsageError(`unknown command "cassette ${sub}"${didYouMean(sub, ['verify'])}`)
    await (flags.help ? stdout : stderr).write(`${cassetteHelp()}\n`)
    return flags.help ? EXIT.ok : EXIT.usage
  }
  if (sub !== 'verify') throw new UsageError(`unknown command "cassette ${sub}"${didYouMean(sub, ['verify'])}`)
  const [file, extra] = positionals
  if (file === undefined) throw new UsageError('missing FILE: usage: affiliate-fetch cassette verify FILE [--json]')
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}" (cassette verify takes one FILE)`)
  if (flags.format !== undefined && !(FORMATS as readonly string[]).includes(flags.format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${flags.format}"${didYouMean(flags.format, FORMATS)}`)
  }
  const format = (flags.format as Format | undefined) ?? (flags.json ? 'json' : undefined)
  const cassette = await readCassette(io, file)
  const { verifyCassette } = await import('../cassette/index.ts')
  let report: CassetteReport
  try {
    report = verifyCassette(cassette)
  } catch (error) {
    // An entry without a request, or with a URL that is not one.
    throw new UsageError(`cassette verify ${file}: not a HAR cassette (${error instanceof Error ? error.message : String(error)})`)
  }
  const say = (text: string) => stderr.write(`${text}\n`)
  await writeReport(stdout, report, format, stdout.isTTY && !io.env.NO_COLOR, (t) => void say(t))
  await say(summaryOf(report))
  return report.findings.some((f) => FAILING.includes(f.kind)) ? EXIT.failed : EXIT.ok
}
