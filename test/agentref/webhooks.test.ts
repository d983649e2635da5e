import { createHmac } from 'node:crypto'
import { Webhook } from 'standardwebhooks'
import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  AffiliateError,
  WebhookVerificationError,
  isAffiliateError,
  verifyWebhook,
  verifyWebhookRequest,
  type WebhookEvent,
  type WebhookEventType,
  type WebhookVerificationReason,
} from '../../src/agentref/index.js'

// 32 key bytes whose standard base64 holds both `+` and `/`.
const KEY = Uint8Array.from({ length: 32 }, (_, i) => (i % 2 === 0 ? 0xfb : 0xff))
const B64 = Buffer.from(KEY).toString('base64')
const SECRET = `whsec_${B64}`
const URL_SECRET = `whsec_${B64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`
const OTHER_SECRET = `whsec_${Buffer.from(KEY.map((b) => b ^ 1)).toString('base64')}`
const TS = 1_750_000_000
const NOW = TS * 1000
const ID = 'msg_2abc'
const wh = new Webhook(SECRET)

function envelope(type: WebhookEventType, data: Record<string, unknown>) {
  return {
    id: ID,
    type,
    schemaVersion: 2,
    createdAt: '2025-06-15T12:00:00.000Z',
    merchantId: 'mer_1',
    programId: 'prog_1',
    environment: 'production',
    data,
  }
}

function sign(body: string, id = ID, ts = TS): string {
  return wh.sign(id, new Date(ts * 1000), body)
}

function svixHeaders(body: string, signature = sign(body)): Record<string, string> {
  return { 'svix-id': ID, 'svix-timestamp': String(TS), 'svix-signature': signature }
}

async function rejection(promise: Promise<unknown>): Promise<WebhookVerificationError> {
  const error = await promise.then(
    () => expect.fail('expected a rejection'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(WebhookVerificationError)
  return error as WebhookVerificationError
}

async function expectReason(promise: Promise<unknown>, reason: WebhookVerificationReason): Promise<void> {
  expect((await rejection(promise)).reason).toBe(reason)
}

const BODY = JSON.stringify(envelope('conversion.created', { id: 'conv_1', amount: 4900, commission: 980 }))

describe('verifyWebhook: valid deliveries', () => {
  const cases: Array<[WebhookEventType, Record<string, unknown>]> = [
    ['program.created', { id: 'prog_1', name: 'Acme', commissionType: 'recurring', commissionPercent: 20 }],
    ['program.updated', { id: 'prog_1', name: 'Acme 2', updatedFields: ['name'] }],
    ['affiliate.joined', { id: 'aff_1', code: 'JANE' }],
    ['conversion.refunded', { id: 'conv_1', status: 'refunded' }],
    ['payout.failed', { id: 'pay_1', amount: 12000, status: 'failed' }],
    ['flag.resolved', { id: 'flag_1', status: 'dismissed' }],
  ]
  it.each(cases)('%s', async (type, data) => {
    const body = JSON.stringify(envelope(type, data))
    const event = await verifyWebhook(body, svixHeaders(body), SECRET, { now: NOW })
    expect(event).toEqual(JSON.parse(body))
    expect(event.type).toBe(type)
  })

  it('narrows data on type', async () => {
    const body = JSON.stringify(envelope('program.updated', { id: 'prog_1', updatedFields: ['name', 'slug'] }))
    const event: WebhookEvent = await verifyWebhook(body, svixHeaders(body), SECRET, { now: NOW })
    if (event.type !== 'program.updated') return expect.fail('wrong type')
    expectTypeOf(event.data.updatedFields).toEqualTypeOf<string[]>()
    expectTypeOf(event.schemaVersion).toEqualTypeOf<2>()
    expect(event.data.updatedFields).toEqual(['name', 'slug'])
  })

  it('accepts the body as Uint8Array, ArrayBuffer and an offset view, non-ASCII included', async () => {
    const body = JSON.stringify(envelope('affiliate.approved', { id: 'aff_1', name: 'Zoë – Zürich €😀' }))
    const headers = svixHeaders(body)
    const bytes = new TextEncoder().encode(body)
    const padded = new Uint8Array(bytes.length + 10)
    padded.set(bytes, 5)
    for (const input of [bytes, bytes.buffer, padded.subarray(5, 5 + bytes.length), Buffer.from(body)]) {
      const event = await verifyWebhook(input, headers, SECRET, { now: NOW })
      expect(event.data).toEqual({ id: 'aff_1', name: 'Zoë – Zürich €😀' })
    }
  })

  it('signs byte bodies over the exact bytes, not a re-decoded string', async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('{"a":"'), 0xff, 0xfe, ...new TextEncoder().encode('"}')])
    const mac = createHmac('sha256', KEY)
      .update(Buffer.concat([Buffer.from(`${ID}.${TS}.`), bytes]))
      .digest('base64')
    const headers = { 'svix-id': ID, 'svix-timestamp': String(TS), 'svix-signature': `v1,${mac}` }
    // The signature matches the raw bytes; only the (invalid UTF-8) payload is then refused.
    await expectReason(verifyWebhook(bytes, headers, SECRET, { now: NOW }), 'invalid_payload')
    await expectReason(verifyWebhook(new TextDecoder().decode(bytes), headers, SECRET, { now: NOW }), 'no_matching_signature')
  })
})

describe('verifyWebhook: signatures', () => {
  it('rejects a tampered body, id or timestamp, and a wrong secret', async () => {
    const headers = svixHeaders(BODY)
    await expectReason(verifyWebhook(BODY.replace('4900', '4901'), headers, SECRET, { now: NOW }), 'no_matching_signature')
    await expectReason(verifyWebhook(BODY + ' ', headers, SECRET, { now: NOW }), 'no_matching_signature')
    await expectReason(verifyWebhook(BODY, { ...headers, 'svix-id': 'msg_other' }, SECRET, { now: NOW }), 'no_matching_signature')
    await expectReason(verifyWebhook(BODY, { ...headers, 'svix-timestamp': String(TS + 1) }, SECRET, { now: NOW }), 'no_matching_signature')
    await expectReason(verifyWebhook(BODY, headers, OTHER_SECRET, { now: NOW }), 'no_matching_signature')
  })

  it('accepts when any v1 entry matches, and ignores other versions and junk', async () => {
    const good = sign(BODY)
    const bad = new Webhook(OTHER_SECRET).sign(ID, new Date(TS * 1000), BODY)
    for (const signature of [`${bad} ${good}`, `v1,!!!notbase64 ${good}`, `v1a,${good.slice(3)}  ${good}`, `v1, ${good}`]) {
      const event = await verifyWebhook(BODY, svixHeaders(BODY, signature), SECRET, { now: NOW })
      expect(event.id).toBe(ID)
    }
    await expectReason(verifyWebhook(BODY, svixHeaders(BODY, `v2,${good.slice(3)}`), SECRET, { now: NOW }), 'no_matching_signature')
    await expectReason(verifyWebhook(BODY, svixHeaders(BODY, good.slice(3)), SECRET, { now: NOW }), 'no_matching_signature')
    await expectReason(verifyWebhook(BODY, svixHeaders(BODY, `${good.slice(0, -6)}AAAA=`), SECRET, { now: NOW }), 'no_matching_signature')
    await expectReason(verifyWebhook(BODY, svixHeaders(BODY, bad), SECRET, { now: NOW }), 'no_matching_signature')
  })

  it('accepts a signature without padding or in the url alphabet', async () => {
    const sig = sign(BODY).slice(3)
    const urlSig = sig.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
    await expect(verifyWebhook(BODY, svixHeaders(BODY, `v1,${urlSig}`), SECRET, { now: NOW })).resolves.toMatchObject({ id: ID })
  })
})

describe('verifyWebhook: secrets', () => {
  it('crafts a secret that really differs between alphabets', () => {
    expect(B64).toMatch(/[+/]/)
    expect(URL_SECRET).toMatch(/[-_]/)
    expect(URL_SECRET).not.toMatch(/[+/=]/)
  })

  it('accepts base64url without padding, base64 without padding, and no whsec_ prefix', async () => {
    for (const secret of [SECRET, URL_SECRET, SECRET.replace(/=+$/, ''), B64, URL_SECRET.slice(6)]) {
      await expect(verifyWebhook(BODY, svixHeaders(BODY), secret, { now: NOW })).resolves.toMatchObject({ id: ID })
    }
  })

  it('refuses a malformed or empty secret', async () => {
    for (const secret of ['whsec_', 'whsec_!!!!', 'whsec_abcde', '', undefined as unknown as string]) {
      await expectReason(verifyWebhook(BODY, svixHeaders(BODY), secret, { now: NOW }), 'invalid_secret')
    }
  })
})

describe('verifyWebhook: timestamps', () => {
  const at = (now: number, tolerance?: number) => verifyWebhook(BODY, svixHeaders(BODY), SECRET, { now, tolerance })

  it('rejects 301 s old and 301 s ahead', async () => {
    await expectReason(at(NOW + 301_000), 'timestamp_too_old')
    await expectReason(at(NOW - 301_000), 'timestamp_in_future')
  })

  it('accepts exactly 300 s either way (whole seconds, like standardwebhooks)', async () => {
    await expect(at(NOW + 300_999)).resolves.toMatchObject({ id: ID })
    await expect(at(NOW - 300_000)).resolves.toMatchObject({ id: ID })
    await expectReason(at(NOW + 301_000), 'timestamp_too_old')
    await expectReason(at(NOW - 300_001), 'timestamp_in_future')
  })

  it('honours a custom tolerance and defaults to the clock', async () => {
    await expectReason(at(NOW + 11_000, 10), 'timestamp_too_old')
    await expect(at(NOW + 10_000, 10)).resolves.toMatchObject({ id: ID })
    await expect(at(NOW + 86_400_000, Infinity)).resolves.toMatchObject({ id: ID })
    await expectReason(verifyWebhook(BODY, svixHeaders(BODY), SECRET), 'timestamp_too_old')
    const fresh = Math.floor(Date.now() / 1000)
    const headers = { 'svix-id': ID, 'svix-timestamp': String(fresh), 'svix-signature': sign(BODY, ID, fresh) }
    await expect(verifyWebhook(BODY, headers, SECRET)).resolves.toMatchObject({ id: ID })
  })

  it('refuses a timestamp that is not whole Unix seconds', async () => {
    for (const ts of ['1750000000.5', '12a', '-1', `${NOW}000000`, ' 1750000000']) {
      await expectReason(verifyWebhook(BODY, { ...svixHeaders(BODY), 'svix-timestamp': ts }, SECRET, { now: NOW }), 'invalid_timestamp')
    }
  })

  it('refuses a bad tolerance as a WebhookVerificationError (invalid_arguments)', async () => {
    const error = await at(NOW, -1).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WebhookVerificationError)
    expect((error as WebhookVerificationError).reason).toBe('invalid_arguments')
  })
})

describe('verifyWebhook: headers', () => {
  it.each(['svix-id', 'svix-timestamp', 'svix-signature'])('rejects a missing or empty %s', async (name) => {
    const headers: Record<string, string | undefined> = svixHeaders(BODY)
    const error = await rejection(verifyWebhook(BODY, { ...headers, [name]: undefined }, SECRET, { now: NOW }))
    expect(error.reason).toBe('missing_header')
    expect(error.message).toContain(name)
    await expectReason(verifyWebhook(BODY, { ...headers, [name]: '' }, SECRET, { now: NOW }), 'missing_header')
    const h = new Headers(svixHeaders(BODY))
    h.delete(name)
    await expectReason(verifyWebhook(BODY, h, SECRET, { now: NOW }), 'missing_header')
  })

  it('reads a Headers object, mixed-case keys and node-style arrays', async () => {
    const s = sign(BODY)
    const forms = [
      new Headers(svixHeaders(BODY)),
      { 'Svix-Id': ID, 'SVIX-TIMESTAMP': String(TS), 'sVix-SigNature': s, 'Content-Type': 'application/json' },
      { 'svix-id': [ID], 'svix-timestamp': [String(TS)], 'svix-signature': [`v1,AAAA`, s], host: undefined },
    ]
    for (const headers of forms) {
      await expect(verifyWebhook(BODY, headers, SECRET, { now: NOW })).resolves.toMatchObject({ id: ID })
    }
  })

  it('copes with a signature header sent twice (joined with ", "), matching one first or last', async () => {
    const bad = new Webhook(OTHER_SECRET).sign(ID, new Date(TS * 1000), BODY)
    for (const pair of [[bad, sign(BODY)], [sign(BODY), bad]]) {
      const h = new Headers({ 'svix-id': ID, 'svix-timestamp': String(TS) })
      for (const s of pair) h.append('svix-signature', s)
      expect(h.get('svix-signature')).toContain(', ')
      await expect(verifyWebhook(BODY, h, SECRET, { now: NOW })).resolves.toMatchObject({ id: ID })
    }
  })

  it('accepts the Standard Webhooks header names', async () => {
    const headers = { 'Webhook-Id': ID, 'webhook-timestamp': String(TS), 'webhook-signature': sign(BODY) }
    await expect(verifyWebhook(BODY, headers, SECRET, { now: NOW })).resolves.toMatchObject({ id: ID })
    await expect(verifyWebhook(BODY, new Headers(headers), SECRET, { now: NOW })).resolves.toMatchObject({ id: ID })
  })
})

describe('verifyWebhook: payload', () => {
  it('refuses a validly signed body that is not a JSON object', async () => {
    for (const body of ['{"id":', 'not json', '', '[1,2]', 'null', '42']) {
      await expectReason(verifyWebhook(body, svixHeaders(body), SECRET, { now: NOW }), 'invalid_payload')
    }
  })

  it('checks the signature before parsing', async () => {
    await expectReason(verifyWebhook('not json', svixHeaders('not json', sign(BODY)), SECRET, { now: NOW }), 'no_matching_signature')
  })

  it('throws an AffiliateError with a literal name, the provider and a reason', async () => {
    const error = await rejection(verifyWebhook(BODY, svixHeaders(BODY), OTHER_SECRET, { now: NOW }))
    expect(isAffiliateError(error)).toBe(true)
    expect(error).toBeInstanceOf(AffiliateError)
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('WebhookVerificationError')
    expect(error.provider).toBe('agentref')
    expect(String(error)).not.toContain(B64)
    expectTypeOf(error.name).toEqualTypeOf<'WebhookVerificationError'>()
    expectTypeOf(error.reason).toEqualTypeOf<WebhookVerificationReason>()
  })
})

describe('verifyWebhookRequest', () => {
  const request = (body: string, headers: Record<string, string>) =>
    new Request('https://example.com/hooks/agentref', { method: 'POST', body, headers })

  it('verifies a real Request', async () => {
    const body = JSON.stringify(envelope('payout.completed', { id: 'pay_1', amount: 5000, note: 'Grüße' }))
    const event = await verifyWebhookRequest(request(body, svixHeaders(body)), SECRET, { now: NOW })
    expect(event).toEqual(JSON.parse(body))
  })

  it('rejects a tampered Request and passes options through', async () => {
    await expectReason(verifyWebhookRequest(request(`${BODY} `, svixHeaders(BODY)), SECRET, { now: NOW }), 'no_matching_signature')
    await expectReason(verifyWebhookRequest(request(BODY, svixHeaders(BODY)), SECRET, { now: NOW + 400_000 }), 'timestamp_too_old')
  })
})
