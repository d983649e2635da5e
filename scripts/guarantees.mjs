#!/usr/bin/env node
// Generates the ledger of docs/guarantees.md from the tests themselves, so that it cannot go
// stale: every test file that runs a fast-check property (`fc.assert`), with the promise its
// header comment states, the tests that hold it, and how many generated cases each runs per
// `npm test` (`numRuns`, resolved from test/properties/runs.ts; fast-check's default of 100 where
// none is given). `npm run docs` rewrites the section; test/docs/guarantees.test.ts fails when it
// is stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { markers, withSection } from './doc-sections.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const PAGE = path.join(root, 'docs', 'guarantees.md')
export const MARKERS = markers('property-ledger', 'npm run docs')
const FAST_CHECK_DEFAULT_RUNS = 100
/** A statement that runs a property (not the words in a string or a comment). */
export const PROPERTY_CALL = /^\s*(await )?fc\.assert\(/m

/** The `name: n * scale` entries of a RUNS table in `code`, at scale 1: `{ headers: 500, … }`. */
const runsIn = (code) => Object.fromEntries([...code.matchAll(/(\w+): ([\d_]+) \* scale/g)].map(([, name, n]) => [name, Number(n.replaceAll('_', ''))]))

/** Test files under test/ that run a property. */
function propertyFiles() {
  return readdirSync(path.join(root, 'test'), { recursive: true })
    .map((file) => path.join('test', String(file)).split(path.sep).join('/'))
    .filter((file) => file.endsWith('.test.ts') && PROPERTY_CALL.test(readFileSync(path.join(root, file), 'utf8')))
    .sort()
}

/** The file's header comment, as one paragraph. */
function header(code) {
  const lines = []
  for (const line of code.split('\n')) {
    if (!line.startsWith('//')) break
    lines.push(line.replace(/^\/\/ ?/, ''))
  }
  return lines
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/^Propert(?:y|ies)(?: of ([^:]+))?: (?:- )?/, (_, of) => (of ? `${of[0].toUpperCase()}${of.slice(1)}: ` : ''))
    .replace(/ - /g, '; ')
    // Capitalized, unless it starts with a name from the code (`debugLog: …`).
    .replace(/^[a-z]+\b/, (word) => (/[A-Z]/.test(word) ? word : word[0].toUpperCase() + word.slice(1)))
    .trim()
}

/** A test's title as the source writes it, `${RUNS.x}` resolved and the "(n cases)" suffix dropped. */
function title(node, runs) {
  if (!ts.isStringLiteralLike(node) && !ts.isTemplateExpression(node)) return undefined
  const raw = ts.isTemplateExpression(node) ? node.getText().slice(1, -1) : node.text
  return raw.replace(/\s*\(\$\{RUNS\.\w+\} cases\)/, '').replace(/\$\{RUNS\.(\w+)\}/g, (_, name) => String(runs[name]))
}

/** Each test (`test`, `it`, `.each`) that runs an `fc.assert`, with its generated cases. */
function propertyTests(file, shared) {
  const code = readFileSync(path.join(root, file), 'utf8')
  // test/properties/runs.ts, or a file's own RUNS table.
  const runs = { ...shared, ...runsIn(code) }
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true)
  const tests = []
  const casesIn = (node) => {
    let cases = 0
    const count = (inner) => {
      if (ts.isCallExpression(inner) && inner.expression.getText() === 'fc.assert') {
        const options = inner.arguments[1]
        const prop = options && ts.isObjectLiteralExpression(options) && options.properties.find((p) => p.name?.getText() === 'numRuns')
        const value = prop ? prop.initializer.getText() : undefined
        const n = value === undefined ? FAST_CHECK_DEFAULT_RUNS : /^RUNS\.\w+$/.test(value) ? runs[value.slice(5)] : Number(value.replaceAll('_', ''))
        if (!Number.isFinite(n)) throw new Error(`${file}: numRuns ${value} is not a number or a RUNS entry`)
        cases += n
      }
      ts.forEachChild(inner, count)
    }
    count(node)
    return cases
  }
  const visit = (node, suite, repeated) => {
    if (ts.isCallExpression(node) && node.arguments[0]) {
      const callee = node.expression
      const name = ts.isCallExpression(callee) ? callee.expression.getText() : callee.getText()
      if (name === 'describe' || name === 'describe.each') {
        const inner = title(node.arguments[0], runs)
        return ts.forEachChild(node, (child) => visit(child, inner ?? suite, repeated || name !== 'describe'))
      }
      if (name === 'test' || name === 'it' || name === 'test.each' || name === 'it.each') {
        const cases = casesIn(node)
        if (cases === 0) return
        const own = title(node.arguments[0], runs)
        // A title made per row or per loop item (`%s`, `tool.name`) is one test for each: the suite names them.
        const each = repeated || name.endsWith('.each') || own === undefined || /%[sdio]/.test(own)
        tests.push({ title: each ? `${suite ?? 'each case'}, for each` : own, cases, each })
        return
      }
    }
    const loop = ts.isForOfStatement(node) || ts.isForStatement(node) || ts.isForInStatement(node)
    ts.forEachChild(node, (child) => visit(child, suite, repeated || loop))
  }
  visit(source, undefined, false)
  return tests
}

const number = (n) => n.toLocaleString('en-US')
const cell = (text) => text.replace(/\|/g, '\\|')

/** The ledger: one row per property file. */
export function renderLedger() {
  const runs = runsIn(readFileSync(path.join(root, 'test', 'properties', 'runs.ts'), 'utf8'))
  const rows = ['| promise | tests (file) | cases |', '|---|---|---|']
  for (const file of propertyFiles()) {
    const tests = propertyTests(file, runs)
    const promise = header(readFileSync(path.join(root, file), 'utf8'))
    if (!promise) throw new Error(`${file}: a property test file needs a header comment stating its promise`)
    const names = tests.map((t) => cell(t.title)).join('; ')
    const cases = tests.map((t) => `${number(t.cases)}${t.each ? ' each' : ''}`).join(' + ')
    rows.push(`| ${cell(promise)} | ${names} ([\`${path.basename(file)}\`](../${file})) | ${cases} |`)
  }
  return rows.join('\n')
}

/** docs/guarantees.md with its ledger regenerated. */
export const renderGuarantees = () => withSection(readFileSync(PAGE, 'utf8'), MARKERS, renderLedger(), 'docs/guarantees.md')

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeFileSync(PAGE, renderGuarantees())
  console.log('docs/guarantees.md: ledger updated')
}
