// Agentries bearer tokens that are not well-formed JWTs get the documented 401 envelope: never a
// 500, never an exception's text, whatever the token decodes to.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Sandbox, startSandbox } from '../../src/sandbox/index.js'
import { call } from './helpers.js'

let sb: Sandbox
beforeAll(async () => {
  sb = await startSandbox({ seed: 11, limits: { agentries: 100_000 } })
})
afterAll(() => sb.close())

const b64 = (text: string) => Buffer.from(text).toString('base64url')
const header = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
const withClaims = (claimsJson: string) => `${header}.${b64(claimsJson)}.${b64('not-a-signature-but-base64url')}`
const codes = (token: string) => call(`${sb.agentriesUrl}/api/referrals/code`, { headers: { authorization: `Bearer ${token}` } })

function expectDocumented401(res: Awaited<ReturnType<typeof codes>>, token: string) {
  expect(res.status, token).toBe(401)
  expect(res.body, token).toEqual({ error: 'Unauthorized', details: expect.any(String) })
  expect(res.body.details, token).not.toMatch(/TypeError|Cannot read|Unexpected token|JSON|undefined|null/)
}

describe('Agentries: malformed JWTs are 401s', () => {
  it('claims that decode to JSON null, or to any non-object, are a 401 (was a 500 with the exception text)', async () => {
    for (const claims of ['null', '[]', '1', '"sub"', 'true', '{"sub":null,"iat":1,"exp":1}', '{"sub":"did:x","iat":"1","exp":"9"}']) {
      const token = withClaims(claims)
      expectDocumented401(await codes(token), token)
    }
  })

  it('a header that decodes to null or a non-object, or any segment that is not base64url JSON, is a 401', async () => {
    const good = sb.mintAgentriesToken()
    const [h, p, s] = good.split('.') as [string, string, string]
    const tokens = [
      `${b64('null')}.${p}.${s}`,
      `${b64('[1]')}.${p}.${s}`,
      `${b64('{')}.${p}.${s}`,
      `${h}.${b64('{"sub":')}.${s}`,
      `${h}!.${p}.${s}`,
      `${h}.${p}*.${s}`,
      `${h}.${p}.${s}=`,
      `${h}.${p}.`,
      `.${p}.${s}`,
      `${h}.${p}`,
      `${h}.${p}.${s}.${s}`,
      `${h}.${p.slice(1)}.${s}`,
    ]
    for (const token of tokens) expectDocumented401(await codes(token), token)
    expect((await codes(good)).status).toBe(200)
  })

  it('for any token text of the bearer alphabet, the answer is a 200 for the minted token and a documented 401 otherwise (200 runs)', async () => {
    const good = sb.mintAgentriesToken()
    const segment = fc.oneof(fc.base64String(), fc.string({ unit: fc.constantFrom(...'abcXYZ019-_.=+/!*'.split('')) }), fc.constantFrom('', 'bnVsbA', 'W10', 'MQ', b64('{}')))
    const token = fc.oneof(fc.tuple(segment, segment, segment).map((parts) => parts.join('.')), segment)
    await fc.assert(
      fc.asyncProperty(token, async (t) => {
        fc.pre(t !== good && t.trim() !== '')
        const res = await codes(t)
        expectDocumented401(res, t)
      }),
      { numRuns: 200 },
    )
  })
})
