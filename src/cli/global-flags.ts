/** Flags every command takes, beside those generated from its input schema. */
export const GLOBAL_FLAGS = {
  format: { type: 'string', hint: 'json|ndjson|csv|table', help: 'output format (default: a table for a list on a terminal, else JSON)' },
  fields: { type: 'string', hint: 'a,b.c', help: 'keys or columns to keep (dots reach into objects)' },
  json: { type: 'boolean', help: 'JSON output, and errors as JSON on stderr' },
  all: { type: 'boolean', help: 'every page, each item written as it arrives (paginated commands)' },
  data: { type: 'string', hint: 'JSON|@file|-', help: 'the input as JSON, from a file, or from stdin (-); flags win over it' },
  yes: { type: 'boolean', short: 'y', help: 'run a write, money or destructive command without asking' },
  'dry-run': { type: 'boolean', help: 'print the request that would be sent (credential redacted); send nothing' },
  'idempotency-key': { type: 'string', hint: 'KEY', help: 'the Idempotency-Key to send (rerun a create safely); default: generated and printed' },
  record: { type: 'string', hint: 'FILE', help: 'append the HTTP exchanges to a HAR cassette, secrets redacted (nothing with --dry-run)' },
  sandbox: { type: 'boolean', help: 'run against an in-process sandbox with its demo keys; nothing real is called' },
  verbose: { type: 'boolean', short: 'v', help: 'one line per HTTP attempt on stderr (debugLog)' },
  help: { type: 'boolean', short: 'h', help: 'help for this level' },
} as const satisfies Record<string, { type: 'string' | 'boolean'; short?: string; hint?: string; help: string }>

export type GlobalFlags = {
  -readonly [K in keyof typeof GLOBAL_FLAGS]?: (typeof GLOBAL_FLAGS)[K]['type'] extends 'string' ? string : boolean
}

export const FORMATS = ['json', 'ndjson', 'csv', 'table'] as const
export type Format = (typeof FORMATS)[number]
