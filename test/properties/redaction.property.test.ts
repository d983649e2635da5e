// Property: for any credential from the token alphabet, echoed anywhere in any error body (JSON
// with escapes, HTML with tags inside the key, URL-encoded, cut at any offset) or in a header or a
// network error, no run of 8 of its characters survives in the error's message, String(), JSON,
// or util.inspect (showHidden, nested causes).
import util from 'node:util'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { createAgentRef, getProgram } from '../../src/agentref/index.js'
import { encodedEchoes, fillerUpTo } from './echoes.js'
import { RUNS, TOKEN_ALPHABET } from './runs.js'

const credential = fc.string({ unit: fc.constantFrom(...TOKEN_ALPHABET), minLength: 8, maxLength: 64 })
const filler = fillerUpTo(40)

/** The ways a server echoes the key. */
const echo = (key: string) =>
  fc.oneof(
    ...encodedEchoes(key),
    fc.array(fc.nat(key.length), { maxLength: 4 }).map((cuts) => {
      // tags and whitespace inserted inside the key
      let out = key
      for (const cut of [...new Set(cuts)].sort((a, b) => b - a)) out = `${out.slice(0, cut)}${cut % 2 ? '<wbr>' : '</b> <b>'}${out.slice(cut)}`
      return out
    }),
  )

const body = (key: string) =>
  fc.tuple(echo(key), filler, filler, fc.constantFrom('json-message', 'json-details', 'json-string', 'html', 'text', 'agentclick'), fc.nat(400)).map(([echoed, before, after, shape, cut]) => {
    const text = `${before}${echoed}${after}`
    const full =
      shape === 'json-message' ? `{"error":{"code":"E","message":${JSON.stringify(text)}},"meta":{"requestId":${JSON.stringify(echoed)}}}`
      : shape === 'json-details' ? `{"error":{"code":${JSON.stringify(echoed)},"message":"m","details":{"k":[${JSON.stringify(text)}]}}}`
      : shape === 'json-string' ? `{"error":${JSON.stringify(text)}}`
      : shape === 'agentclick' ? `{"success":false,"message":${JSON.stringify(text)}}`
      : shape === 'html' ? `<html><body><p>${text}</p></body></html>`
      : text
    // Cut at any offset: what a truncated page or the excerpt's edge would show.
    return cut < full.length && cut % 3 === 0 ? full.slice(0, cut + 1) : full
  })

function shown(error: any): string {
  return [error.message, String(error), JSON.stringify(error), util.inspect(error, { showHidden: true, depth: Infinity }), util.format('%o', error)].join('\n')
}

/**
 * Runs of 8 characters of the key found in `text`, except those our fixed output holds anyway
 * (a key such as "toString" matches what util.inspect prints of any function).
 */
function survivors(text: string, key: string, baseline: string): string[] {
  const runs: string[] = []
  for (let i = 0; i + 8 <= key.length; i++) {
    const run = key.slice(i, i + 8)
    if (text.includes(run) && !baseline.includes(run)) runs.push(run)
  }
  return runs
}

test(`redaction: no 8-character run of the credential survives any echo (${RUNS.redaction} cases)`, async () => {
  const cases = credential.chain((key) =>
    fc.record({
      key: fc.constant(key),
      body: body(key),
      status: fc.constantFrom(200, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 418),
      contentType: fc.constantFrom('application/json', 'text/html', 'text/plain'),
      header: fc.option(echo(key)),
      network: fc.boolean(),
    }),
  )
  await fc.assert(
    fc.asyncProperty(cases, async ({ key, body, status, contentType, header, network }) => {
      const fetch = async (text: string, echoed: string | null, inCause: string) => {
        if (network) {
          // A runtime error that quotes the key, with a cause that does too.
          throw new TypeError(`fetch failed: ${text}`, { cause: Object.assign(new Error(`socket ${inCause}`), { detail: inCause }) })
        }
        return new Response(text, { status, headers: { 'content-type': contentType, ...(echoed == null ? {} : { 'x-echo': echoed }) } })
      }
      const render = async (apiKey: string, echo = true) => {
        const client = createAgentRef({ apiKey, baseUrl: 'https://api.example.test/api/v1', fetch: () => (echo ? fetch(body, header, key) : fetch('{"error":{}}', null, 'none')), maxRetries: 0 })
        const error = await getProgram(client, 'p').then(() => undefined, (e) => e)
        return { client, error }
      }
      const { client, error } = await render(key)
      if (error === undefined) return // a 200 with a JSON body that happens to be valid
      // The same call with an unrelated key and nothing echoed: what it prints anyway is not a leak.
      const other = await render('Zz9'.repeat(22), false)
      const baseline = shown(other.error) + util.format('%o', other.client)
      expect(survivors(shown(error), key, baseline)).toEqual([])
      expect(survivors(util.format('%o', client), key, baseline)).toEqual([])
    }),
    { numRuns: RUNS.redaction },
  )
}, 120_000)
