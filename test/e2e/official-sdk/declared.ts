// What the official AgentRef SDK declares, read from its own .d.ts: every public method of every
// resource on the client, and a JSON Schema of each method's resolved return type. Nothing here is
// written by hand, so the end-to-end test checks the sandbox against the SDK's types as shipped.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createGenerator } from 'ts-json-schema-generator'
import ts from 'typescript'

export interface DeclaredMethod {
  /** `resource.method`, e.g. `programs.list`. */
  name: string
  /** The declared return type as written, e.g. `Promise<PaginatedResponse<Program>>`. */
  returns: string
  /** What a call resolves to (or, for an async generator, what it yields), as written. */
  resolves: string
}

/** The SDK's type declarations, next to the entry point Node resolves for the package. */
export function sdkDeclarationFile(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('agentref')), 'index.d.ts')
}

const isPrivate = (node: ts.MethodDeclaration) => node.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword) ?? false

/** Every public method reachable as `client.<resource>.<method>` on the SDK's `AgentRef` class. */
export function declaredMethods(source: string): DeclaredMethod[] {
  const file = ts.createSourceFile('index.d.ts', source, ts.ScriptTarget.Latest, true)
  const classes = new Map<string, ts.ClassDeclaration>()
  file.forEachChild((node) => {
    if (ts.isClassDeclaration(node) && node.name) classes.set(node.name.text, node)
  })
  const client = classes.get('AgentRef')
  if (!client) throw new Error('the SDK declares no AgentRef class')
  const methods: DeclaredMethod[] = []
  for (const member of client.members) {
    if (!ts.isPropertyDeclaration(member) || !member.type) continue
    const resource = classes.get(member.type.getText(file))
    if (!resource) continue
    for (const m of resource.members) {
      if (!ts.isMethodDeclaration(m) || isPrivate(m) || !m.type || !ts.isTypeReferenceNode(m.type)) continue
      const wrapper = m.type.typeName.getText(file)
      const inner = m.type.typeArguments?.[0]
      if (!inner || (wrapper !== 'Promise' && wrapper !== 'AsyncGenerator')) throw new Error(`unexpected return type ${m.type.getText(file)}`)
      methods.push({ name: `${member.name.getText(file)}.${m.name.getText(file)}`, returns: m.type.getText(file), resolves: inner.getText(file) })
    }
  }
  return methods
}

export type JsonSchema = Record<string, unknown> & { definitions: Record<string, unknown> }

/**
 * A draft-07 schema whose `definitions.SdkReturns.properties[name]` is each method's resolved
 * type. The interface is appended to a copy of the SDK's own .d.ts, so every type name resolves
 * in the SDK's scope, exported or not. Extra properties are allowed, as in TypeScript.
 */
export function returnSchemas(source: string, methods: readonly DeclaredMethod[]): JsonSchema {
  const dir = mkdtempSync(join(tmpdir(), 'agentref-sdk-types-'))
  try {
    const path = join(dir, 'index.d.ts')
    const rows = methods.map((m) => `  ${JSON.stringify(m.name)}: ${m.resolves};`)
    writeFileSync(path, `${source}\nexport interface SdkReturns {\n${rows.join('\n')}\n}\n`)
    const generator = createGenerator({ path, type: 'SdkReturns', skipTypeCheck: true, additionalProperties: true, expose: 'all', topRef: true, jsDoc: 'none' })
    return generator.createSchema('SdkReturns') as JsonSchema
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function readSdkDeclarations(): string {
  return readFileSync(sdkDeclarationFile(), 'utf8')
}
