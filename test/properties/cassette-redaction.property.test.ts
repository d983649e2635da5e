// Property: for any body and headers an API could send (and any request a client could make), with
// a credential, an Agentries JWT or a `whsec_` webhook secret planted anywhere (JSON values, keys,
// text, headers, the query, binary bodies; as it is, percent-encoded, JSON-escaped), no run of 8
// characters of any of them survives in the recorded cassette: in its JSON text, that text decoded
// (%XX, \uXXXX, \/), or its base64 bodies decoded.
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { recordFetch } from '../../src/cassette/index.js'
import { decode } from '../../src/core/redact.js'
import { encodedEchoes, fillerUpTo } from './echoes.js'
import { RUNS, TOKEN_ALPHABET } from './runs.js'

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const chars = (alphabet: string, minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength })

const credential = chars(TOKEN_ALPHABET, 16, 64)
const b64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
const jwt = fc
  .tuple(fc.constantFrom('EdDSA', 'HS256', 'RS256'), chars(BASE64URL, 10, 120), chars(BASE64URL, 43, 86))
  .map(([alg, payload, signature]) => `${b64url(JSON.stringify({ alg, typ: 'JWT' }))}.${payload}.${signature}`)
const webhookSecret = chars(BASE64URL.slice(0, 62) + '+/', 24, 44).map((s) => `whsec_${s}`)

const filler = fillerUpTo(12)

/** How a secret appears: as it is, percent-encoded (all or part), JSON-escaped. */
const echo = (secret: string) => fc.oneof(...encodedEchoes(secret))

/** Where the secret is planted. */
const PLACES = ['json-value', 'json-in-text', 'json-key', 'json-deep', 'text', 'binary', 'response-header', 'request-header', 'query', 'request-json'] as const

const cases = fc.record({
  credential,
  planted: fc.oneof(jwt, webhookSecret),
  kind: fc.constantFrom('credential', 'other'),
  place: fc.constantFrom(...PLACES),
  before: filler,
  after: filler,
  json: fc.jsonValue({ maxDepth: 3 }),
  status: fc.constantFrom(200, 201, 204, 400, 401, 404, 500),
  echoAt: fc.nat(),
})

/** Every 8-character run of `secret` in any reading of the cassette. */
function survivors(cassette: unknown, secret: string): string[] {
  const text = JSON.stringify(cassette)
  const entries = (cassette as { log: { entries: any[] } }).log.entries
  const bodies = entries.flatMap((e) => [e.response.content, e.request.postData].filter((b) => b?.encoding === 'base64' || b?._encoding === 'base64').map((b) => atob(b.text)))
  const readings = [text, decode(text), decode(decode(text)), ...bodies]
  const runs: string[] = []
  for (let i = 0; i + 8 <= secret.length; i++) {
    const run = secret.slice(i, i + 8)
    if (readings.some((r) => r.includes(run))) runs.push(run)
  }
  return runs
}

test(`cassette redaction: no 8-character run of a credential, JWT or whsec_ secret survives (${RUNS.cassetteRedaction} cases)`, async () => {
  await fc.assert(
    fc.asyncProperty(cases, async ({ credential, planted, kind, place, before, after, json, status, echoAt }) => {
      const secret = kind === 'credential' ? credential : planted
      const echoes = fc.sample(echo(secret), { numRuns: 5, seed: echoAt })
      const shown = echoes[echoAt % echoes.length]!
      const inText = `${before}${shown}${after}`
      let url = 'https://api.example.test/v1/things?page=1'
      const requestHeaders: Record<string, string> = { authorization: `Bearer ${credential}`, 'content-type': 'application/json' }
      let requestBody: string | undefined
      let responseBody: BodyInit | null = null
      const responseHeaders: Record<string, string> = { 'content-type': 'application/json' }
      const plant = (value: unknown, depth: number): unknown => (depth === 0 ? { wrapper: [value], ok: true } : { level: plant(value, depth - 1) })
      switch (place) {
        case 'json-value': responseBody = JSON.stringify({ data: json, secret: secret, note: 'x' }); break
        case 'json-in-text': responseBody = JSON.stringify({ data: json, message: `${before}${secret}${after}` }); break
        case 'json-key': responseBody = JSON.stringify({ data: json, [`${before}${secret}`]: 1 }); break
        case 'json-deep': responseBody = JSON.stringify({ data: plant(`${before}${secret}${after}`, 3), json }); break
        case 'text': responseBody = inText; responseHeaders['content-type'] = 'text/plain'; break
        case 'binary': {
          const bytes = new Uint8Array([0xff, 0xfe, 0x00, ...new TextEncoder().encode(inText), 0x80, 0x81])
          responseBody = bytes
          responseHeaders['content-type'] = 'application/octet-stream'
          break
        }
        case 'response-header': responseHeaders['x-echo'] = inText.replace(/[\n\r]/g, ' ').replace(/[^\x20-\x7e]/g, '?'); responseBody = JSON.stringify({ data: json }); break
        case 'request-header': requestHeaders['x-trace'] = inText.replace(/[\n\r]/g, ' ').replace(/[^\x20-\x7e]/g, '?'); break
        case 'query': url += `&q=${encodeURIComponent(inText)}&raw=${shown.replace(/[#&\s]/g, '')}`; break
        case 'request-json': requestBody = JSON.stringify({ params: json, token: secret, nested: { s: inText } }); break
      }
      if ([204].includes(status)) responseBody = null
      const upstream = async () => new Response(responseBody, { status, headers: responseHeaders })
      const { fetch, cassette } = recordFetch({ fetch: upstream })
      const response = await fetch(url, { method: requestBody ? 'POST' : 'GET', headers: requestHeaders, body: requestBody })
      await response.arrayBuffer()
      expect(cassette.log.entries).toHaveLength(1)
      for (const s of [credential, secret]) expect(survivors(cassette, s), `${place}: ${JSON.stringify(s)} as ${JSON.stringify(shown)}`).toEqual([])
    }),
    { numRuns: RUNS.cassetteRedaction },
  )
}, RUNS.cassetteRedaction * 20)
