#!/usr/bin/env node
// Generates docs/operations.md, the operations reference, from the source: every operation's
// method and path (or action), whether it is retried, whether running it twice is safe, its result
// type and its one-line description (the first line of its doc comment). `npm run docs` writes
// the file; test/docs/operations.test.ts fails when the file is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { snake } from './generate-tool-inputs.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const OUTPUT = path.join(root, 'docs', 'operations.md')

const PROVIDERS = [
  {
    id: 'agentref',
    title: 'AgentRef',
    subpath: 'affiliate-fetch/agentref',
    wrappers: ['get', 'getPage', 'post', 'send'],
    // The reference's order; files not named here follow, by name.
    order: ['programs', 'applications', 'affiliates', 'workspace', 'marketing-resources', 'conversions', 'payouts', 'flags', 'billing', 'merchant', 'invites', 'marketplace', 'webhook-endpoints'],
  },
  { id: 'agentclick', title: 'AgentClick', subpath: 'affiliate-fetch/agentclick', wrappers: ['callAction'], order: ['common', 'publisher', 'agent'] },
  { id: 'agentries', title: 'Agentries', subpath: 'affiliate-fetch/agentries', wrappers: ['call'] },
]

const parse = (file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
const text = (node) => node.getText().replace(/\s+/g, ' ')

/** `path\`/programs/${id}\`` → `/programs/{id}`; a path without parameters is a plain string. */
function pathOf(node) {
  if (ts.isStringLiteral(node)) return node.text
  if (!ts.isTaggedTemplateExpression(node)) throw new Error(`not a path template: ${text(node)}`)
  const t = node.template
  if (ts.isNoSubstitutionTemplateLiteral(t)) return t.text
  return t.head.text + t.templateSpans.map((s) => `{${s.expression.getText()}}${s.literal.text}`).join('')
}

/** The AgentClick action table in call.ts: action → 'read' | 'write'. */
function agentClickKinds() {
  const kinds = new Map()
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'ACTIONS') {
      let object = node.initializer
      while (object && !ts.isObjectLiteralExpression(object)) object = object.expression
      for (const property of object.properties) {
        const name = ts.isStringLiteral(property.name) ? property.name.text : property.name.getText()
        kinds.set(name, property.initializer.elements[0].getText() === 'W' ? 'write' : 'read')
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(parse(path.join(root, 'src/agentclick/call.ts')))
  return kinds
}

/** The markdown cell of a route: `` `GET /programs/{id}` ``, or an AgentClick `` `action` `` marked (WRITE). */
const wireText = (route) => (route.action ? `\`${route.action}\`${route.write ? ' (WRITE)' : ''}` : `\`${route.method} ${route.path}\``)

/**
 * Where a call goes (`route`: method and path, or AgentClick action) and how it behaves when
 * repeated: `retried` (by this library) and `idempotent` (safe to run twice).
 */
function wireOf(provider, call, kinds, name) {
  const fn = call.expression.getText()
  // What of the response body the function returns: AgentRef's `{ data }` envelope (whole for a page), AgentClick's `{ success, data }`.
  const returns = (provider === 'agentref' && fn !== 'getPage') || provider === 'agentclick' ? 'data' : 'body'
  return { ...wireFacts(provider, call, kinds, name, fn), returns }
}

function wireFacts(provider, call, kinds, name, fn) {
  const args = call.arguments
  if (provider === 'agentclick') {
    const action = args[1].text
    const route = { method: 'POST', action, write: kinds.get(action) !== 'read' }
    if (action === 'agent.record_conversion') return { route, retried: 'with `order_id`', idempotent: 'with `order_id` (server dedup, 409 on a repeat)' }
    return route.write ? { route, retried: 'no', idempotent: 'no' } : { route, retried: 'yes', idempotent: 'yes (read)' }
  }
  if (provider === 'agentries') {
    const route = { method: args[1].text, path: pathOf(args[2]) }
    return route.method === 'GET' ? { route, retried: 'yes', idempotent: 'yes (read)' } : { route, retried: 'no', idempotent: 'no' }
  }
  if (fn === 'get' || fn === 'getPage') return { route: { method: 'GET', path: pathOf(args[1]) }, retried: 'yes', idempotent: 'yes (read)' }
  if (fn === 'post') {
    const route = { method: 'POST', path: pathOf(args[1]) }
    return args[4].getText() === 'true'
      ? { route, retried: 'yes', idempotent: 'yes (`Idempotency-Key`, generated when not given)' }
      : { route, retried: 'with `idempotencyKey`', idempotent: 'with `idempotencyKey`' }
  }
  if (fn === 'send') return { route: { method: args[1].text, path: pathOf(args[2]) }, retried: 'no', idempotent: 'no' }
  throw new Error(`${name}: unknown call ${fn}`)
}

function operationsOf(provider, kinds) {
  const dir = path.join(root, 'src', provider.id)
  const ops = []
  const rank = (file) => {
    const i = (provider.order ?? []).indexOf(file.replace(/\.ts$/, ''))
    return i === -1 ? Infinity : i
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .sort((a, b) => rank(a) - rank(b))
  for (const file of files) {
    for (const statement of parse(path.join(dir, file)).statements) {
      if (!ts.isVariableStatement(statement) || !statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue
      const [declaration] = statement.declarationList.declarations
      const arrow = declaration.initializer
      if (!arrow || !ts.isArrowFunction(arrow)) continue
      // `=> call(…)`, or a block whose last statement is `return call(…)`.
      const body = ts.isBlock(arrow.body) ? arrow.body.statements.at(-1)?.expression : arrow.body
      if (!body || !ts.isCallExpression(body) || !provider.wrappers.includes(body.expression.getText())) continue
      const name = declaration.name.getText()
      const returns = text(arrow.type)
      const result = returns.replace(/^Promise<(.*)>$/, '$1')
      const doc = ts.getJSDocCommentsAndTags(statement).map((d) => (typeof d.comment === 'string' ? d.comment : '')).join('\n')
      const description = doc.split('\n')[0].trim()
      if (!description) throw new Error(`${provider.id}/${file}: ${name} has no doc comment`)
      const facts = wireOf(provider.id, body, kinds, name)
      ops.push({ name, result, description, ...facts, wire: wireText(facts.route) })
    }
  }
  return ops
}

/** Every operation of every provider, in source order. */
export function collectOperations() {
  const kinds = agentClickKinds()
  return PROVIDERS.map((provider) => ({ ...provider, operations: operationsOf(provider, kinds) }))
}

const cell = (value) => value.replace(/\|/g, '\\|')

export function renderOperations() {
  const providers = collectOperations()
  const total = providers.reduce((n, p) => n + p.operations.length, 0)
  const out = [
    '# Operations reference',
    '',
    `<!-- Generated from the source by \`npm run docs\` (scripts/operations.mjs); test/docs/operations.test.ts fails when it is stale. Do not edit by hand. -->`,
    '',
    `All ${total} operations: ${providers.map((p) => `${p.operations.length} ${p.title}`).join(', ')}.`,
    'Every one is called `fn(client, ...pathArgs, params?, options?)`.',
    '',
    '- **Retried**: whether this library retries it after a connection error, a timeout or a 408/429/500/502/503/504',
    '  (up to `maxRetries`). "with `idempotencyKey`": only when you pass one.',
    '- **Safe twice**: whether running it twice has the effect of running it once: reads, AgentRef POSTs carrying an',
    '  `Idempotency-Key` (the server replays the first answer), AgentClick conversions with an `order_id`.',
    '- **Result**: what the promise resolves to. `ApiObject` (AgentRef), `Undocumented` (AgentClick) and `unknown`',
    '  (Agentries) mark results whose fields the API reference does not document.',
    '',
  ]
  for (const provider of providers) {
    out.push(`## ${provider.title} (\`${provider.subpath}\`, ${provider.operations.length})`, '')
    out.push(`| function | ${provider.id === 'agentclick' ? 'action' : 'method and path'} | retried | safe twice | result | description |`)
    out.push('|---|---|---|---|---|---|')
    for (const op of provider.operations) {
      out.push(`| \`${op.name}\` | ${op.wire} | ${op.retried} | ${op.idempotent} | \`${cell(op.result)}\` | ${cell(op.description)} |`)
    }
    out.push('')
  }
  return out.join('\n')
}

export const WIRE_OUTPUT = path.join(root, 'src', 'tools', 'generated', 'wire.ts')

/** A tool's name from its provider and function name: `agentref` + `listPrograms` → `agentref_list_programs`. */
const toolName = (provider, name) => `${provider}_${snake(name)}`

/** Plain text of a markdown cell: the wire table holds no backticks. */
const plain = (value) => value.replace(/`/g, '')

/**
 * src/tools/generated/wire.ts: per tool, its route (method and path template, or AgentClick
 * action) and whether the library retries it, for the layers above the tools (the command line,
 * cassettes) that need the wire without reading the providers' source.
 */
export function renderWire() {
  const rows = collectOperations().flatMap((provider) =>
    provider.operations.map(({ name, route: { write, ...route }, retried, idempotent, returns }) => `  ${toolName(provider.id, name)}: ${JSON.stringify({ function: name, ...route, retried: plain(retried), safeTwice: plain(idempotent), returns })},`),
  )
  return [
    '// Generated by scripts/operations.mjs (`npm run docs`) from the provider functions. Do not edit:',
    '// test/docs/operations.test.ts fails when this file is stale.',
    "import type { ToolWire } from '../types.ts'",
    '',
    '/** Per tool: its function, route (method and path template, or AgentClick action), whether it is retried and safe to run twice, and which part of the body it returns. */',
    'export const toolWire: Readonly<Record<string, ToolWire>> = {',
    ...rows,
    '}',
    '',
  ].join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeFileSync(OUTPUT, renderOperations())
  writeFileSync(WIRE_OUTPUT, renderWire())
  console.log(`wrote ${path.relative(root, OUTPUT)} and ${path.relative(root, WIRE_OUTPUT)}`)
}
