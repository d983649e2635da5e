import { fromBase64 } from './body.ts'
import { checkSchema } from './check-schema.ts'
import { findOperation } from './find-operation.ts'
import { isCassette } from './is-cassette.ts'
import { parseJson } from './protect.ts'
import type { Cassette, CassetteFinding, CassetteReport, HarEntry, VerifiedEntry } from './types.ts'

/** The request body as JSON, when it is. */
const requestJson = (entry: HarEntry) => (entry.request.postData?._encoding ? undefined : parseJson(entry.request.postData?.text)?.value)

/**
 * Holds each recorded response against our knowledge of the API: finds each entry's operation
 * (method and route template whatever the base URL, or the AgentClick action) and checks a 2xx
 * body against that operation's output schema, the one the tools publish. Findings:
 * - `type`: a field of another type than ours (or a value our enum does not list);
 * - `missing`: a field we mark required is absent;
 * - `unknown-field`: a field we don't know; information, not an error: APIs add fields;
 * - `unknown-operation`: no operation of ours has that method and path.
 *
 * @example
 * ```ts
 * const { findings } = verifyCassette(JSON.parse(await Deno.readTextFile('session.har')))
 * for (const f of findings) console.log(f.kind, f.operation, f.path, f.expected, f.actual)
 * ```
 */
export function verifyCassette(cassette: Cassette): CassetteReport {
  if (!isCassette(cassette)) throw new TypeError('verifyCassette: not a cassette (no log.entries)')
  const entries: VerifiedEntry[] = []
  const findings: CassetteFinding[] = []
  cassette.log.entries.forEach((entry, index) => {
    const { method, url } = entry.request
    const { status, content } = entry.response
    const pathname = new URL(url).pathname
    const operation = findOperation(method, pathname, requestJson(entry))
    entries.push({ entry: index, method, url, status, ...(operation && { operation: operation.name }) })
    if (!operation) {
      findings.push({ entry: index, operation: `${method} ${pathname}`, path: '', kind: 'unknown-operation' })
      return
    }
    if (status < 200 || status > 299) return
    const text = content.encoding === 'base64' ? new TextDecoder().decode(fromBase64(content.text)) : content.text
    const seen = new Set<string>()
    const report = (found: Omit<CassetteFinding, 'entry' | 'operation'>) => {
      // One finding per field and kind, not one per array item.
      const key = `${found.kind} ${found.path.replace(/\[\d+\]/g, '[]')}`
      if (!seen.has(key)) seen.add(key), findings.push({ entry: index, operation: operation.name, ...found })
    }
    const json = parseJson(text)
    if (text !== '' && !json) return report({ path: '', kind: 'type', expected: 'JSON', actual: 'text' })
    let result = json?.value
    if (operation.returns === 'data') {
      if (result === undefined) {
        // An empty body (204) is an undefined result.
      } else if (!result || typeof result !== 'object' || !('data' in result)) return report({ path: '', kind: 'missing', expected: 'a "data" envelope' })
      else result = (result as { data: unknown }).data
    }
    const value = operation.wrapped ? { result: result ?? null } : result
    for (const found of checkSchema(value, operation.schema)) report(found)
  })
  return { entries, findings }
}
