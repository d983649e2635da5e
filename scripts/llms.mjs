#!/usr/bin/env node
// Generates llms.txt and llms-full.txt (the llms.txt convention: a title, a one-paragraph summary,
// then sections of links and lists) for code-writing agents, from the same source as
// docs/operations.md: the wire facts of every operation come from scripts/operations.mjs, the
// parameter fields from the tool input schemas (scripts/generate-tool-inputs.mjs, generated from
// the TypeScript types), and every other exported function, option interface and error class
// from the entry points themselves, with its doc comment. `npm run docs` writes both files;
// test/docs/llms.test.ts fails when they are stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { collectOperations as collectToolInputs } from './generate-tool-inputs.mjs'
import { collectOperations } from './operations.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const LLMS = path.join(root, 'llms.txt')
export const LLMS_FULL = path.join(root, 'llms-full.txt')

/** The entry points, in the order agents read them; `client` names the variable examples use. */
const ENTRIES = [
  { subpath: 'affiliate-fetch', file: 'src/index.ts', holds: 'errors, shared types, the `retry` helper' },
  { subpath: 'affiliate-fetch/agentref', file: 'src/agentref/index.ts', provider: 'agentref', client: 'agentref', holds: 'AgentRef REST v1: client, operations, `paginate`, webhook verification' },
  { subpath: 'affiliate-fetch/agentclick', file: 'src/agentclick/index.ts', provider: 'agentclick', client: 'agentclick', holds: 'AgentClick: client, actions, `callAction`, `paginate`' },
  { subpath: 'affiliate-fetch/agentries', file: 'src/agentries/index.ts', provider: 'agentries', client: 'agentries', holds: 'Agentries: client, referral endpoints, token minting' },
  { subpath: 'affiliate-fetch/tools', file: 'src/tools/index.ts', holds: 'every operation as an LLM tool: definitions, runner, OpenAI and Anthropic adapters' },
  { subpath: 'affiliate-fetch/mcp', file: 'src/mcp/index.ts', holds: 'an MCP server over those tools (needs the optional peer `@modelcontextprotocol/sdk`), and the CLI `affiliate-fetch-mcp`' },
  { subpath: 'affiliate-fetch/cassette', file: 'src/cassette/index.ts', holds: 'record real traffic as HAR cassettes with no secret in them, replay them offline on any runtime, and verify them against our types' },
  { subpath: 'affiliate-fetch/sandbox', file: 'src/sandbox/index.ts', holds: 'a local emulator of all three APIs, for tests and demos (CLI `affiliate-fetch-sandbox`)' },
]

/**
 * What the functions that are not operations send, for those that can send requests (they return
 * a promise or an async iterable). The generator refuses such a function missing here.
 */
const REQUESTS = {
  paginate: 'one read per page: each retried, safe twice',
  callAction: "as the action (see the AgentClick operations): READ actions retried and safe twice; WRITE actions never retried; `agent.record_conversion` with `order_id` retried and safe twice (the server answers 409 to a repeat)",
  getAuthToken: 'mints a token (`POST /api/auth/token`) only when none is cached or it expires within 60 s: retried, safe twice (a repeat mints another token)',
  verifyWebhook: 'none: verifies the signature locally with Web Crypto',
  verifyWebhookRequest: 'none: reads the request body and verifies it locally',
  retry: 'runs your `fn` again after a retryable failure (`isRetryable`), up to `maxRetries` (default 2)',
  startSandbox: 'none: starts a local HTTP server',
  withResponse: "exactly what `fn` sends (its retries and idempotency included); it only reads the final response's status and headers",
}

const text = (node) => node.getText().replace(/\s+/g, ' ')
const code = (value) => `\`${value}\``

function createChecker() {
  const config = ts.readConfigFile(path.join(root, 'tsconfig.node.json'), ts.sys.readFile).config
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root)
  const program = ts.createProgram(ENTRIES.map((e) => path.join(root, e.file)), { ...options, noEmit: true })
  return { program, checker: program.getTypeChecker() }
}

/**
 * `name<T>(a: A, b?: B): R` as written in the source (defaults shown as optional). A type alias
 * that the entry point does not export (a file's local `Options`) is spelled out.
 */
function signatureOf(name, declaration, checker, exported) {
  const typeText = (node) => {
    if (!node) return 'unknown'
    const symbol = ts.isTypeReferenceNode(node) && !node.typeArguments ? checker.getSymbolAtLocation(node.typeName) : undefined
    const resolved = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
    const alias = resolved?.declarations?.find(ts.isTypeAliasDeclaration)
    return alias && !exported.has(resolved) ? text(alias.type) : text(node)
  }
  const fn = ts.isVariableDeclaration(declaration) ? declaration.initializer : declaration
  const typeParameters = fn.typeParameters ? `<${fn.typeParameters.map(text).join(', ')}>` : ''
  const parameter = (p) => `${p.dotDotDotToken ? '...' : ''}${p.name.getText()}${p.questionToken || p.initializer ? '?' : ''}: ${typeText(p.type)}`
  return `${name}${typeParameters}(${fn.parameters.map(parameter).join(', ')})${fn.type ? `: ${typeText(fn.type)}` : ''}`
}

/** The doc comment: its prose as one paragraph, and its first indented line (a usage example), if any. */
function docOf(symbol, checker) {
  const lines = ts.displayPartsToString(symbol.getDocumentationComment(checker)).split('\n')
  const example = lines.find((line) => /^\s{2,}\S/.test(line))?.trim()
  const prose = lines.filter((line) => !/^\s{2,}\S/.test(line)).join(' ').replace(/\s+/g, ' ').trim()
  return { prose, example }
}

/** Everything an entry point exports that agents call or configure: functions, values, classes, `*Options` interfaces. */
function exportsOf(entry, { program, checker }) {
  const module = checker.getSymbolAtLocation(program.getSourceFile(path.join(root, entry.file)))
  const out = { functions: [], values: [], classes: [], types: [] }
  const resolve = (symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol)
  const exportedSymbols = new Set(checker.getExportsOfModule(module).map(resolve))
  /** Exported with `export type`: a name for types only, even when it names a value. */
  const typeOnly = (symbol) => {
    for (let at = symbol; at && at.flags & ts.SymbolFlags.Alias; at = checker.getImmediateAliasedSymbol(at)) {
      if (at.declarations?.some((d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly))) return true
    }
    return false
  }
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = resolve(exported)
    const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0]
    const item = { name: exported.name, declaration, ...docOf(symbol, checker) }
    if (symbol.flags & ts.SymbolFlags.Class) out.classes.push({ ...item, base: declaration.heritageClauses?.[0]?.types[0]?.getText() })
    else if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) out.types.push(item)
    else if (symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable) && !typeOnly(exported)) {
      const fn = ts.isVariableDeclaration(declaration) ? declaration.initializer : declaration
      if (fn && (ts.isFunctionDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) out.functions.push({ ...item, signature: signatureOf(exported.name, declaration, checker, exportedSymbols), returns: fn.type ? text(fn.type) : 'unknown' })
      else out.values.push({ ...item, type: checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, declaration)) })
    }
  }
  return out
}

/** A parameter field of a tool input schema, as one short line. */
function fieldLine(name, schema, required) {
  const type = (s) => {
    if (s.enum) return s.enum.map((v) => JSON.stringify(v).replace(/"/g, "'")).join(' | ')
    const types = [s.type].flat().map((t) => (t === 'array' ? `${s.items ? type(s.items) : 'unknown'}[]` : t))
    return types.join(' | ')
  }
  const limits = [
    schema.format,
    schema.minimum !== undefined && schema.maximum !== undefined ? `${schema.minimum} to ${schema.maximum}` : schema.minimum !== undefined ? `≥ ${schema.minimum}` : schema.maximum !== undefined ? `≤ ${schema.maximum}` : undefined,
    schema.minLength ? `min length ${schema.minLength}` : undefined,
    schema.maxLength ? `max length ${schema.maxLength}` : undefined,
    schema.minItems ? `min ${schema.minItems} items` : undefined,
  ].filter(Boolean)
  const about = [required ? 'required' : undefined, ...limits].filter(Boolean).join(', ')
  return `  - ${code(name)} ${code(type(schema))}${about ? ` (${about})` : ''}${schema.description ? `: ${schema.description}` : ''}`
}

const UNDOCUMENTED = new Set(['ApiObject', 'Undocumented', 'unknown'])

/** The variable an example binds a result of this type to, or none for no result. */
function bindingFor(result) {
  if (/^(undefined|void)$/.test(result)) return ''
  if (/^Page<|Page$/.test(result)) return 'const page = '
  if (/\[\]$/.test(result)) return 'const list = '
  if (/^\w+Client$/.test(result)) return `const ${result.replace(/Client$/, '').toLowerCase()} = `
  if (/^[A-Z]\w+$/.test(result) && !UNDOCUMENTED.has(result)) return `const ${result[0].toLowerCase()}${result.slice(1)} = `
  return 'const result = '
}

/** A one-line call: the required arguments, by their names (the params object as its required fields). */
function exampleOf(name, args, returns) {
  const result = returns.replace(/^Promise<(.*)>$/, '$1')
  const awaited = /^Promise</.test(returns) ? 'await ' : ''
  if (/^Async(Generator|Iterable)/.test(returns)) return `for await (const item of ${name}(${args.join(', ')})) …`
  return `${bindingFor(result)}${awaited}${name}(${args.join(', ')})`
}

const requiredParameters = (declaration) => {
  const fn = ts.isVariableDeclaration(declaration) ? declaration.initializer : declaration
  return fn.parameters.filter((p) => !p.questionToken && !p.initializer && !p.dotDotDotToken).map((p) => p.name.getText())
}

function renderOperation(op, fn, input, entry) {
  const fields = Object.entries(input.inputSchema.properties ?? {}).filter(([name]) => !input.path.includes(name))
  const required = new Set(input.inputSchema.required ?? [])
  const wanted = fields.filter(([name]) => required.has(name)).map(([name]) => name)
  // Required params with no required field: any one field, the first.
  if (wanted.length === 0 && input.params === 'required' && fields.length > 0) wanted.push(fields[0][0])
  const params = wanted.length > 0 ? `{ ${wanted.join(', ')} }` : input.params === 'required' ? '{}' : undefined
  const args = [entry.client, ...input.path, ...(params ? [params] : [])]
  const out = [
    `### ${op.name}`,
    '',
    code(fn.signature),
    '',
    `${op.description} ${op.wire}. Retried: ${op.retried}. Safe twice: ${op.idempotent}. Result: ${code(op.result)}.`,
  ]
  if (fields.length > 0) out.push('', 'Params:', ...fields.map(([name, schema]) => fieldLine(name, schema, required.has(name))))
  out.push('', `Example: ${code(exampleOf(op.name, args, fn.returns))}`, '')
  return out
}

function renderFunction(fn, entry) {
  const sends = /^(Promise|Async)/.test(fn.returns) ? REQUESTS[fn.name] : 'none (returns at once)'
  if (sends === undefined) throw new Error(`llms: say what ${fn.name} sends, in REQUESTS of scripts/llms.mjs`)
  return [
    `### ${fn.name}`,
    '',
    code(fn.signature),
    '',
    `${fn.prose}${fn.prose ? ' ' : ''}Requests: ${sends}.`,
    '',
    `Example: ${code(fn.example ?? exampleOf(fn.name, requiredParameters(fn.declaration).map((p) => (p === 'client' ? entry.client : p)), fn.returns))}`,
    '',
  ]
}

/** The generated inputs, wire facts and exports of every entry point (both renderers take it, to share one type check). */
export function collect() {
  const checker = createChecker()
  const wire = new Map(collectOperations().map((p) => [p.id, p]))
  const inputs = new Map(collectToolInputs().map((op) => [`${op.provider}:${op.fn}`, op]))
  return ENTRIES.map((entry) => ({ ...entry, wire: wire.get(entry.provider), inputs, ...exportsOf(entry, checker) }))
}

const jsrName = () => (existsSync(path.join(root, 'jsr.json')) ? JSON.parse(readFileSync(path.join(root, 'jsr.json'), 'utf8')).name : undefined)

function header(entries) {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
  const counts = entries.filter((e) => e.wire).map((e) => `${e.wire.operations.length} ${e.wire.title}`)
  const total = entries.reduce((n, e) => n + (e.wire?.operations.length ?? 0), 0)
  const jsr = jsrName()
  return [
    `# ${pkg.name}`,
    '',
    `> ${pkg.description} ${total} operations (${counts.join(', ')}), each a standalone function \`fn(client, ...pathArgs, params?, options?)\` returning a promise; typed errors; retries only where a repeat is safe; every operation also an LLM tool and an MCP tool. ESM only, zero runtime dependencies; runs on Node 20+, Deno, Bun, Cloudflare Workers and browsers.`,
    '',
    `Install: \`npm install ${pkg.name}\`${jsr ? ` or \`deno add jsr:${jsr}\`` : ''}. Version ${pkg.version}.`,
    '',
  ]
}

export function renderLlms(entries = collect()) {
  const out = [
    ...header(entries),
    '## Docs',
    '',
    '- [Full reference](llms-full.txt): every function with its signature, parameters, result, retries, whether it is safe to run twice, and an example; the client options; the errors; the sandbox.',
    '- [Operations reference](docs/operations.md): one table row per operation (method and path, retried, safe twice, result).',
    '- [README](README.md): guide, decisions, runtimes and the tool list.',
    '',
    '## Entry points',
    '',
  ]
  for (const entry of entries) {
    const ops = entry.wire ? ` ${entry.wire.operations.length} operations (${entry.wire.operations.map((o) => o.name).join(', ')}).` : ''
    const names = entry.functions.filter((f) => !entry.wire?.operations.some((o) => o.name === f.name)).map((f) => f.name)
    out.push(`- ${code(entry.subpath)}: ${entry.holds}.${ops}${names.length ? ` Also: ${names.join(', ')}.` : ''}`)
  }
  out.push(
    '',
    '## Rules',
    '',
    '- Create a client once (`createAgentRef()`, `createAgentClick()`, `createAgentries()`: credentials default to the environment variables `AGENTREF_API_KEY`, `AGENTCLICK_API_KEY`, `AGENTRIES_DID` + `AGENTRIES_PRIVATE_KEY`) and pass it as the first argument of every function.',
    '- Reads are retried. Most AgentRef POSTs carry an `Idempotency-Key` (generated when not given) and are retried; other writes are retried only with your `idempotencyKey` (AgentRef) or `order_id` (AgentClick conversions), else never. Each function below says which.',
    '- Every failure is an `AffiliateError` subclass with a literal `name`; check with `isAffiliateError(e)` and `e.name`.',
    '- Import one function per name from its provider subpath; bundles then hold only what is used.',
    '',
  )
  return out.join('\n')
}

export function renderLlmsFull(entries = collect()) {
  const out = [
    ...header(entries),
    'Every function of every entry point, with its signature, what it sends (retried or not, safe to run twice or not), its result and a one-line example; then the client options, the errors and the sandbox. "Retried": retried by this library after a connection error, a timeout or a 408/429/500/502/503/504, up to `maxRetries`. "Safe twice": running it twice has the effect of running it once. Examples use `agentref`, `agentclick` and `agentries` for clients made by `createAgentRef()`, `createAgentClick()` and `createAgentries()`, and names of the arguments for their values.',
    '',
  ]
  const seen = new Set()
  for (const entry of entries) {
    out.push(`## ${code(entry.subpath)}`, '', `${entry.holds[0].toUpperCase()}${entry.holds.slice(1)}.`, '')
    const operations = new Map((entry.wire?.operations ?? []).map((op) => [op.name, op]))
    for (const fn of entry.functions.filter((f) => !operations.has(f.name))) {
      if (seen.has(fn.declaration)) continue
      seen.add(fn.declaration)
      out.push(...renderFunction(fn, entry))
    }
    const functions = new Map(entry.functions.map((f) => [f.name, f]))
    for (const op of operations.values()) {
      const input = entry.inputs.get(`${entry.provider}:${op.name}`)
      if (!functions.has(op.name) || !input) throw new Error(`llms: ${entry.subpath} ${op.name} is not exported or has no tool input`)
      out.push(...renderOperation(op, functions.get(op.name), input, entry))
    }
    for (const value of entry.values.filter((v) => !seen.has(v.declaration))) {
      seen.add(value.declaration)
      out.push(`- ${code(`${value.name}: ${value.type}`)}${value.prose ? `: ${value.prose}` : ''}`)
    }
    if (entry.values.length > 0) out.push('')
  }
  // Option types, and the types a function that is not an operation takes or returns (clients, runner, sandbox).
  const signatures = entries.flatMap((e) => e.functions.filter((f) => !e.wire?.operations.some((o) => o.name === f.name)).map((f) => f.signature)).join(' ')
  const named = (name) => name.endsWith('Options') || new RegExp(`\\b${name}\\b`).test(signatures)
  out.push('## Options and types', '', 'Every option type, and every type a function above (other than the operations) takes or returns, as declared. Clients take their `*Options`; every operation takes `CallOptions` last (AgentRef POSTs: `PostOptions`).', '')
  for (const type of entries.flatMap((e) => e.types).filter((t) => named(t.name))) {
    if (seen.has(type.declaration)) continue
    seen.add(type.declaration)
    out.push('```ts', type.declaration.getFullText().trim(), '```', '')
  }
  out.push('## Errors', '', 'Every failure is one of these classes (exported from `affiliate-fetch` and from each provider entry point); `name` is the class name as a literal.', '')
  for (const error of entries[0].classes) out.push(`- ${code(error.name)}${error.base ? ` extends ${code(error.base)}` : ''}: ${error.prose}`)
  out.push('')
  return out.join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const entries = collect()
  writeFileSync(LLMS, renderLlms(entries))
  writeFileSync(LLMS_FULL, renderLlmsFull(entries))
  console.log(`wrote ${path.relative(root, LLMS)}, ${path.relative(root, LLMS_FULL)}`)
}
