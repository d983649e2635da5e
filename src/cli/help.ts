import type { Provider } from '../core/errors/affiliate-error.ts'
import type { JsonSchema } from '../tools/types.ts'
import { CALL_ACTION, CALL_ACTION_DESCRIPTION, type Command, commandsOf, PROVIDERS } from './command-table.ts'
import { GLOBAL_FLAGS } from './global-flags.ts'
import { nullable, typesOf } from './schema-types.ts'

const TITLES: Record<Provider, string> = { agentref: 'AgentRef REST v1: programs, affiliates, conversions, payouts, fraud flags, webhooks', agentclick: 'AgentClick: program search, partnerships, click and conversion tracking', agentries: 'Agentries: referral codes and referrals (Ed25519-signed tokens)' }

/** The first sentence of a description. */
const firstSentence = (text: string): string => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text

const pad = (rows: string[][]): string => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)))
  return rows.map((r) => `  ${r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd()).join('\n')
}

const globalFlagRows = (): string[][] =>
  Object.entries(GLOBAL_FLAGS).map(([name, f]) => [`${'short' in f ? `-${f.short}, ` : '    '}--${name}${'hint' in f ? ` ${f.hint}` : ''}`, f.help])

export function topHelp(): string {
  return `affiliate-fetch: AgentRef, AgentClick and Agentries from the shell

Usage: affiliate-fetch <provider> <command> [args] [flags]

Providers:
${pad(PROVIDERS.map((p) => [p, TITLES[p]]))}

Commands:
${pad([
  ['doctor', 'check each configured provider end to end (never prints a credential)'],
  ['commands [--json]', 'every command with its access class'],
  ['schema <provider> <command>', "a command's input and output JSON Schemas"],
  ['completion bash|zsh|fish', 'a shell completion script'],
  ['cassette verify FILE [--json]', 'check a HAR cassette (--record FILE) against our schemas of the APIs'],
])}

Flags:
${pad(globalFlagRows())}

Credentials come from the environment only: AGENTREF_API_KEY, AGENTCLICK_API_KEY, AGENTRIES_TOKEN
(or AGENTRIES_DID with AGENTRIES_PRIVATE_KEY). AGENTREF_BASE_URL, AGENTCLICK_BASE_URL and
AGENTRIES_BASE_URL point a provider elsewhere. No keys yet? Add --sandbox.

Examples:
  affiliate-fetch --sandbox agentref list-programs
  affiliate-fetch agentref list-conversions --all --format csv > conversions.csv
  affiliate-fetch agentref create-payout --affiliate-id aff_1 --program-id prg_1 --method paypal --yes
  affiliate-fetch --record session.har agentref list-programs && affiliate-fetch cassette verify session.har

Exit codes: 0 success, 1 API or network failure, 2 usage or bad input (nothing sent),
4 credential missing or refused, 130 interrupted.`
}

export function providerHelp(provider: Provider): string {
  const rows = commandsOf(provider).map((c) => [c.name, c.tool.access, firstSentence(c.tool.description)])
  if (provider === 'agentclick') rows.push([CALL_ACTION, 'write', CALL_ACTION_DESCRIPTION])
  return `affiliate-fetch ${provider}: ${TITLES[provider]}

Usage: affiliate-fetch ${provider} <command> [args] [flags]

Commands (access class: read runs; write, money and destructive ask first, or need --yes):
${pad(rows)}

Run affiliate-fetch ${provider} <command> --help for its flags.`
}

/** A flag's type as help shows it. */
function typeText(schema: JsonSchema): string {
  const types = typesOf(schema)
  if (types.includes('array')) return `${typeText(schema.items ?? {})}, repeatable`
  if (schema.enum) return schema.enum.filter((v) => v !== null).join('|')
  return types.join('|') || 'JSON'
}

/** A value that passes a flag's checks, for the example line. */
function exampleValue(name: string, schema: JsonSchema): string {
  const types = typesOf(schema)
  if (schema.enum) return String(schema.enum.find((v) => v !== null))
  if (types.includes('array')) return exampleValue(name, schema.items ?? {})
  if (types.includes('integer') || types.includes('number')) return String(Math.max(1, schema.minimum ?? 1))
  if (schema.format === 'email') return 'someone@example.com'
  if (schema.format === 'uri') return 'https://example.com'
  if (schema.format === 'date-time') return '2026-01-31T00:00:00Z'
  if (/32 hex/.test(schema.description ?? '')) return '0123456789abcdef'.repeat(2)
  return `<${name}>`
}

/** One working invocation: path arguments and required flags. */
export function exampleOf(command: Command): string {
  const { properties, required = [] } = command.tool.inputSchema
  const parts = [`affiliate-fetch ${command.provider} ${command.name}`, ...command.path.map((p) => `<${p}>`)]
  for (const [flag, property] of command.flags) {
    if (!required.includes(property)) continue
    const schema = properties[property]!
    parts.push(typeText(schema) === 'boolean' ? `--${flag}` : `--${flag} ${exampleValue(flag, schema)}`)
  }
  if (command.tool.access !== 'read') parts.push('--yes')
  return parts.join(' ')
}

export function commandHelp(command: Command): string {
  const { properties, required = [] } = command.tool.inputSchema
  const rows = [...command.flags].map(([flag, property]) => {
    const schema = properties[property]!
    const name = typeText(schema) === 'boolean' ? `--[no-]${flag}` : `--${flag} ${typeText(schema)}`
    const notes = [required.includes(property) ? 'required' : '', nullable(schema) ? `--no-${flag} sends null` : '', schema.description ?? ''].filter(Boolean)
    return [name, notes.join('; ')]
  })
  const path = command.path.map((p) => `<${p}>`).join(' ')
  const wire = command.wire.path !== undefined ? `${command.wire.method} ${command.wire.path}` : `action ${command.wire.action}`
  return `affiliate-fetch ${command.provider} ${command.name}${path ? ` ${path}` : ''} [flags]

${command.tool.description}

Function: ${command.wire.function}  (${wire})
Access: ${command.tool.access}${command.tool.access === 'read' ? '' : ' (asks first on a terminal; --yes without one)'}
Retried: ${command.wire.retried}${command.idempotent ? '; sends an Idempotency-Key (--idempotency-key, else generated and printed)' : ''}${command.pages ? '\nPages: --all walks every page' : ''}
${rows.length ? `\nFlags:\n${pad(rows)}\n` : ''}
Every command also takes --format, --fields, --json, --data, --dry-run, --yes, --record, --sandbox,
--verbose (affiliate-fetch --help).

Example:
  ${exampleOf(command)}`
}

export function callActionHelp(): string {
  return `affiliate-fetch agentclick call-action <action> [--data JSON] [flags]

Calls any AgentClick action by name (e.g. publisher.report) with --data as its params: for actions
the commands do not cover yet. Access: write (asks first on a terminal; --yes without one), since
an unknown action may change something. Not retried unless the library knows the action is a read.

Example:
  affiliate-fetch agentclick call-action publisher.report --data '{"start_date":"2026-01-01"}' --yes`
}

export function cassetteHelp(): string {
  return `affiliate-fetch cassette verify FILE [--json]

Checks each exchange of a HAR cassette (one written by --record FILE, or by recordFetch from
affiliate-fetch/cassette) against our own reading of the APIs: each entry's operation (method
and route, whatever the base URL) and, for a 2xx answer, its body against the operation's output
schema (affiliate-fetch schema <provider> <command>).

Findings go to stdout: a table on a terminal, one line each when piped, or { entries, findings }
with --json. A summary goes to stderr. Kinds:
  type               a field of another type than ours (or a value our enum does not list)
  missing            a field we mark required is absent
  unknown-field      a field we don't know: information, since APIs add fields
  unknown-operation  no operation of ours has that method and path

Exit codes: 0 no finding, or unknown-field only; 1 a type, missing or unknown-operation finding;
2 FILE missing, unreadable or not a HAR cassette.

Example:
  affiliate-fetch --sandbox --record session.har agentref list-programs
  affiliate-fetch cassette verify session.har`
}
