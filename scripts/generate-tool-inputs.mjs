#!/usr/bin/env node
// Generates src/tools/generated/{inputs,outputs,operations}.ts from the provider functions' own
// TypeScript signatures, so a tool's JSON Schemas and the function's types are one source:
//   - each exported operation (first parameter is the provider's client) becomes a tool;
//   - its positional string parameters (path ids) and the properties of its params object become
//     the tool's properties, with the TypeScript names, optionality, literal unions (enums),
//     arrays, nested objects and `null`;
//   - JSDoc on a property adds what TypeScript cannot say: the text of its `@toolDescription` tag
//     becomes `description` (the doc text itself is for people reading the types: a schema carries
//     only what a model needs, so documenting a type never grows the tools' bundle), and the
//     tags `@integer`, `@format`, `@minimum`, `@maximum`, `@minLength`, `@maxLength`, `@minItems`
//     carry the documented constraints;
//   - its result type (what the returned promise resolves to) becomes the tool's output schema:
//     declared properties typed, non-optional ones `required`, extra properties allowed (APIs add
//     fields; an index signature's value type becomes `additionalProperties`), `@integer` and
//     `@format` carried. A result that is not always an object (an array, `undefined` from a 204,
//     `unknown`, a union with an array) is wrapped as `{ result: <value> }`, `null` standing for
//     `undefined`, the same for every tool (`WRAP` below).
// `npm run generate:tools` writes the files; test/tools/drift.test.ts fails when they are stale.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PROVIDERS = [
  { name: 'agentref', client: 'AgentRefClient' },
  { name: 'agentclick', client: 'AgentClickClient' },
  { name: 'agentries', client: 'AgentriesClient' },
]
/** Exported functions over a client that are not operations of their own. */
const NOT_TOOLS = new Set(['callAction', 'getAuthToken', 'paginate'])
const NUMERIC_TAGS = ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems']
/** The one property that wraps a result that is not an object. */
export const WRAP = 'result'

export const snake = (name) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

function fail(where, message) {
  throw new Error(`generate-tool-inputs: ${where}: ${message}`)
}

function createChecker() {
  const files = PROVIDERS.map((p) => path.join(root, 'src', p.name, 'index.ts'))
  const config = ts.readConfigFile(path.join(root, 'tsconfig.json'), ts.sys.readFile).config
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root)
  const program = ts.createProgram(files, { ...options, noEmit: true })
  return { program, checker: program.getTypeChecker(), files }
}

/** Schema keywords from a property's JSDoc. */
function docKeywords(symbol, checker, where) {
  const out = {}
  for (const tag of symbol.getJsDocTags(checker)) {
    const value = ts.displayPartsToString(tag.text ?? []).trim()
    if (tag.name === 'toolDescription') out.description = value.replace(/\s+/g, ' ')
    else if (tag.name === 'integer') out.integer = true
    else if (tag.name === 'format') out.format = value
    else if (NUMERIC_TAGS.includes(tag.name)) {
      const n = Number(value)
      if (!Number.isFinite(n)) fail(where, `@${tag.name} needs a number, got "${value}"`)
      out[tag.name] = n
    }
  }
  return out
}

/** JSON Schema of a TypeScript type, for the subset our validator knows. */
function schemaOf(type, checker, where, doc = {}) {
  let nullable = false
  let parts = type.isUnion() ? type.types : [type]
  parts = parts.filter((t) => {
    if (t.flags & ts.TypeFlags.Undefined) return false
    if (t.flags & ts.TypeFlags.Null) {
      nullable = true
      return false
    }
    return true
  })
  const base = schemaOfParts(parts, checker, where, doc)
  if (!nullable) return base
  if (base.enum) return { ...base, type: [base.type, 'null'], enum: [...base.enum, null] }
  if (typeof base.type === 'string') return { ...base, type: [base.type, 'null'] }
  fail(where, 'a nullable type must be a plain type')
}

function schemaOfParts(parts, checker, where, doc) {
  const { description, integer, format, ...limits } = doc
  const withDoc = (schema) => ({ ...(description ? { description } : {}), ...schema })
  if (parts.length === 0) fail(where, 'no type')
  // `boolean` is the union true | false.
  if (parts.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return withDoc({ type: 'boolean' })
  // A union with a plain or branded `string` (e.g. `'7d' | (string & {})`) takes any string.
  const isString = (t) => t.flags & ts.TypeFlags.String || (t.isIntersection() && t.types.some((u) => u.flags & ts.TypeFlags.String))
  if (parts.some(isString)) {
    if (!parts.every((t) => isString(t) || t.flags & ts.TypeFlags.StringLiteral)) fail(where, 'mixed string union')
    return withDoc({ type: 'string', ...(format ? { format } : {}), ...limits })
  }
  if (parts.every((t) => t.flags & ts.TypeFlags.StringLiteral)) return withDoc({ type: 'string', enum: parts.map((t) => t.value) })
  if (parts.every((t) => t.flags & ts.TypeFlags.NumberLiteral)) {
    const values = parts.map((t) => t.value)
    return withDoc({ type: values.every(Number.isInteger) ? 'integer' : 'number', enum: values })
  }
  if (parts.length > 1) fail(where, `union not supported: ${parts.map((t) => checker.typeToString(t)).join(' | ')}`)
  const [t] = parts
  if (t.flags & ts.TypeFlags.Number) return withDoc({ type: integer ? 'integer' : 'number', ...limits })
  if (t.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return withDoc({})
  if (checker.isArrayType(t)) {
    const [item] = checker.getTypeArguments(t)
    return withDoc({ type: 'array', items: schemaOf(item, checker, `${where}[]`), ...limits })
  }
  if (t.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) return withDoc(objectSchema(t, checker, where))
  fail(where, `type not supported: ${checker.typeToString(t)}`)
}

/** An object type: its declared properties (closed), or an open record when it only has an index signature. */
function objectSchema(type, checker, where, extraRequired = []) {
  const properties = {}
  const required = [...extraRequired]
  for (const prop of checker.getPropertiesOfType(type)) {
    const at = `${where}.${prop.name}`
    const propType = checker.getTypeOfSymbol(prop)
    properties[prop.name] = schemaOf(propType, checker, at, docKeywords(prop, checker, at))
    if (!(prop.flags & ts.SymbolFlags.Optional)) required.push(prop.name)
  }
  const index = checker.getIndexInfoOfType(type, ts.IndexKind.String)
  if (index) {
    if (Object.keys(properties).length > 0) fail(where, 'declared properties plus an index signature')
    const value = schemaOf(index.type, checker, `${where}[key]`)
    return { type: 'object', ...(Object.keys(value).length ? { additionalProperties: value } : {}) }
  }
  return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false }
}

/**
 * JSON Schema of a result type. Object schemas are memoised per type, so a type used by several
 * tools is one object in the generated file (see `serialize`).
 */
function outputSchemaOf(type, ctx, where, doc = {}) {
  const { checker } = ctx
  let nullable = false
  let parts = type.isUnion() ? type.types : [type]
  parts = parts.filter((t) => {
    if (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return false
    if (t.flags & ts.TypeFlags.Null) {
      nullable = true
      return false
    }
    return true
  })
  if (parts.some((t) => t.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any))) return {}
  const base = outputSchemaOfParts(parts, ctx, where, doc)
  if (!nullable) return base
  if (base.anyOf) return { anyOf: [...base.anyOf, { type: 'null' }] }
  const withNull = { ...base, type: [...[base.type].flat(), 'null'] }
  return base.enum ? { ...withNull, enum: [...base.enum, null] } : withNull
}

function outputSchemaOfParts(parts, ctx, where, doc) {
  const { checker } = ctx
  const { integer, format } = doc
  if (parts.length === 0) fail(where, 'no type')
  if (parts.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) return { type: 'boolean' }
  const isString = (t) => t.flags & ts.TypeFlags.String || (t.isIntersection() && t.types.some((u) => u.flags & ts.TypeFlags.String))
  if (parts.some(isString) && parts.every((t) => isString(t) || t.flags & ts.TypeFlags.StringLiteral)) return { type: 'string', ...(format ? { format } : {}) }
  if (parts.every((t) => t.flags & ts.TypeFlags.StringLiteral)) return { type: 'string', enum: parts.map((t) => t.value) }
  if (parts.every((t) => t.flags & ts.TypeFlags.NumberLiteral)) {
    const values = parts.map((t) => t.value)
    return { type: values.every(Number.isInteger) ? 'integer' : 'number', enum: values }
  }
  // `boolean` inside a wider union arrives as true | false: keep it one schema.
  const booleans = parts.filter((t) => t.flags & ts.TypeFlags.BooleanLiteral)
  const rest = parts.filter((t) => !(t.flags & ts.TypeFlags.BooleanLiteral))
  if (rest.length + (booleans.length ? 1 : 0) > 1) {
    return { anyOf: [...(booleans.length ? [{ type: 'boolean' }] : []), ...rest.map((t, i) => outputSchemaOfParts([t], ctx, `${where}|${i}`, doc))] }
  }
  const [t] = rest
  if (t.flags & ts.TypeFlags.Number) return { type: integer ? 'integer' : 'number' }
  if (checker.isArrayType(t)) {
    const [item] = checker.getTypeArguments(t)
    return { type: 'array', items: outputSchemaOf(item, ctx, `${where}[]`) }
  }
  if (t.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) return objectOutputSchema(t, ctx, where)
  fail(where, `result type not supported: ${checker.typeToString(t)}`)
}

/** An object result: its declared properties typed, extra properties allowed. */
function objectOutputSchema(type, ctx, where) {
  const { checker, memo } = ctx
  if (memo.has(type)) return memo.get(type)
  const schema = { type: 'object' }
  memo.set(type, schema)
  const properties = {}
  const required = []
  for (const prop of checker.getPropertiesOfType(type)) {
    const at = `${where}.${prop.name}`
    const { integer, format } = docKeywords(prop, checker, at)
    properties[prop.name] = outputSchemaOf(checker.getTypeOfSymbol(prop), ctx, at, { integer, format })
    if (!(prop.flags & ts.SymbolFlags.Optional)) required.push(prop.name)
  }
  if (Object.keys(properties).length) schema.properties = properties
  if (required.length) schema.required = required
  const index = checker.getIndexInfoOfType(type, ts.IndexKind.String)
  const extra = index ? outputSchemaOf(index.type, ctx, `${where}[key]`) : {}
  if (Object.keys(extra).length) schema.additionalProperties = extra
  return schema
}

/** Whether a result type is always a JSON object (else the tool's output wraps it). */
function isObjectResult(type, checker) {
  if (type.isUnion() || type.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return false
  if (checker.isArrayType(type) || checker.isTupleType(type)) return false
  return Boolean(type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection))
}

/** A tool's output: the result's schema, or `{ result }` around it when it is not always an object. */
function describeOutput(signature, ctx, where) {
  const { checker } = ctx
  const result = checker.getAwaitedType(signature.getReturnType())
  if (!result) fail(where, 'the result is not a promise')
  if (isObjectResult(result, checker)) return { wrapped: false, outputSchema: outputSchemaOf(result, ctx, where) }
  // The runner gives `undefined` (a 204) as `null`.
  const mayBeUndefined = result.isUnion() && result.types.some((t) => t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void))
  const value = outputSchemaOf(mayBeUndefined ? checker.getUnionType([result, checker.getNullType()]) : result, ctx, `${where}.${WRAP}`)
  return {
    wrapped: true,
    outputSchema: { type: 'object', properties: { [WRAP]: value }, required: [WRAP], additionalProperties: false },
  }
}

/** One operation's input: path ids, then its params' properties, in one closed object. */
function describeOperation(symbol, ctx, provider) {
  const { checker } = ctx
  const where = `${provider.name}.${symbol.name}`
  const type = checker.getTypeOfSymbol(symbol)
  const [signature, ...more] = type.getCallSignatures()
  if (!signature) return undefined
  if (more.length) fail(where, 'one call signature expected')
  const [clientParam, ...rest] = signature.getParameters()
  if (!clientParam) return undefined
  const typeOfParam = (p) => checker.getTypeOfSymbol(p)
  const clientName = typeOfParam(clientParam).aliasSymbol?.name ?? typeOfParam(clientParam).symbol?.name
  if (clientName !== provider.client) return undefined
  const pathNames = []
  let params = 'none'
  let paramsType
  let idempotent = false
  for (const p of rest) {
    const decl = p.valueDeclaration
    const optional = Boolean(decl && (decl.questionToken || decl.initializer))
    const t = checker.getNonNullableType(typeOfParam(p))
    if (p.name === 'options') {
      idempotent = checker.getPropertiesOfType(t).some((q) => q.name === 'idempotencyKey')
    } else if (t.flags & ts.TypeFlags.String) {
      if (optional || params !== 'none') fail(where, `path parameter ${p.name} must be required and come first`)
      pathNames.push(p.name)
    } else if (t.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) {
      params = optional ? 'optional' : 'required'
      paramsType = t
    } else fail(where, `parameter ${p.name} not supported`)
  }
  const pathProperties = Object.fromEntries(pathNames.map((n) => [n, { type: 'string', minLength: 1 }]))
  const body = paramsType ? objectSchema(paramsType, checker, where) : { type: 'object', properties: {}, additionalProperties: false }
  if (body.additionalProperties !== false) fail(where, 'params must be a closed object')
  for (const n of pathNames) if (n in body.properties) fail(where, `path parameter ${n} clashes with a params property`)
  if (params === 'optional' && body.required?.length) fail(where, 'optional params with required properties')
  const required = [...pathNames, ...(body.required ?? [])]
  const inputSchema = {
    type: 'object',
    properties: { ...pathProperties, ...body.properties },
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  }
  return { fn: symbol.name, path: pathNames, params, idempotent, inputSchema, signature, where }
}

/** Every provider's operations, in export order. */
export function collectOperations() {
  const { checker, program, files } = createChecker()
  const ctx = { checker, memo: new Map() }
  const result = []
  PROVIDERS.forEach((provider, i) => {
    const source = program.getSourceFile(files[i])
    const module = checker.getSymbolAtLocation(source)
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      if (NOT_TOOLS.has(symbol.name) || !(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable))) continue
      const op = describeOperation(symbol, ctx, provider)
      if (op) result.push({ provider: provider.name, name: `${provider.name}_${snake(op.fn)}`, ...op })
    }
  })
  // Outputs in a second pass, so that resolving result types leaves the inputs' enum order as it is.
  return result.map(({ signature, where, ...op }) => ({ ...op, ...describeOutput(signature, ctx, where) }))
}

const HEADER = '// Generated by scripts/generate-tool-inputs.mjs from the provider functions\' types. Do not edit:\n// run `npm run generate:tools`. test/tools/drift.test.ts fails when this file is stale.\n'

/**
 * JavaScript source of the output schemas: an object schema that several tools share (a type
 * used more than once) is written once as a constant and referenced, to keep the bundle small.
 * At run time each tool still holds a complete schema, with no `$ref`.
 */
function serializeOutputs(ops) {
  const seen = new Map()
  const count = (value) => {
    if (!value || typeof value !== 'object') return
    seen.set(value, (seen.get(value) ?? 0) + 1)
    if (seen.get(value) === 1) for (const inner of Object.values(value)) count(inner)
  }
  for (const op of ops) count(op.outputSchema)
  const shared = new Map()
  const constants = []
  const literal = (value) => {
    if (shared.has(value)) return shared.get(value)
    if (Array.isArray(value)) return `[${value.map(literal).join(',')}]`
    if (value && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}:${literal(v)}`).join(',')}}`
    return JSON.stringify(value)
  }
  // Post-order: a shared schema's shared parts are defined before it.
  const define = (value) => {
    if (!value || typeof value !== 'object' || shared.has(value)) return
    for (const inner of Object.values(value)) define(inner)
    if (!Array.isArray(value) && value.type === 'object' && seen.get(value) > 1) {
      const text = literal(value)
      const name = `s${constants.length}`
      constants.push(`const ${name}: ToolOutputSchema = ${text}`)
      shared.set(value, name)
    }
  }
  for (const op of ops) define(op.outputSchema)
  const entries = ops.map((o) => `  ${o.name}: { wrapped: ${o.wrapped}, outputSchema: ${literal(o.outputSchema)} },`)
  return { constants, entries }
}

/** The generated files' contents, keyed by path relative to the repository root. */
export function generate() {
  const ops = collectOperations()
  const inputs = ops.map(({ name, provider, path: p, params, idempotent, inputSchema }) => {
    const entry = { provider, path: p, params, idempotent, inputSchema }
    return `  ${name}: ${JSON.stringify(entry)},`
  })
  const inputsFile = `${HEADER}import type { ToolInput } from '../types.ts'

/** Per tool: provider, path parameter names in call order, whether a params object is taken, whether the call takes an idempotency key, and the input schema. */
export const toolInputs: Readonly<Record<string, ToolInput>> = {
${inputs.join('\n')}
}
`
  const { constants, entries } = serializeOutputs(ops)
  const outputsFile = `${HEADER}import type { ToolOutput, ToolOutputSchema } from '../types.ts'

// Object schemas used by more than one tool.
${constants.join('\n')}

/** Per tool: whether its result is wrapped as \`{ ${WRAP} }\` (it is not always an object), and the output schema. */
export const toolOutputs: Readonly<Record<string, ToolOutput>> = {
${entries.join('\n')}
}
`
  const imports = PROVIDERS.map((p) => {
    const mine = ops.filter((o) => o.provider === p.name)
    return `import {\n${mine.map((o) => `  ${o.fn} as ${o.name},`).join('\n')}\n} from '../../${p.name}/index.ts'`
  })
  const operationsFile = `${HEADER}${imports.join('\n')}

/** The function behind each tool. */
export const toolOperations = {
${ops.map((o) => `  ${o.name},`).join('\n')}
}
`
  return {
    'src/tools/generated/inputs.ts': inputsFile,
    'src/tools/generated/outputs.ts': outputsFile,
    'src/tools/generated/operations.ts': operationsFile,
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [file, text] of Object.entries(generate())) {
    writeFileSync(path.join(root, file), text)
    console.log(`wrote ${file}`)
  }
}
