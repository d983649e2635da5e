// Properties: for any payload and secret, what the standardwebhooks package signs verifies; and for
// arguments of any type, the only exception verifyWebhook throws is WebhookVerificationError.
import fc from 'fast-check'
import { Webhook } from 'standardwebhooks'
import { expect, test } from 'vitest'
import { verifyWebhook, WebhookVerificationError } from '../../src/agentref/index.js'
import { RUNS } from './runs.js'

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))

test(`webhooks: whatever standardwebhooks signs verifies, for any payload and secret (${RUNS.webhooksSigned} cases)`, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uint8Array({ minLength: 1, maxLength: 64 }),
      fc.dictionary(fc.string(), fc.jsonValue()),
      fc.stringMatching(/^msg_[A-Za-z0-9]{1,30}$/),
      fc.constantFrom('svix', 'webhook', 'Mixed'),
      fc.boolean(),
      async (key, payload, id, prefix, url) => {
        const secret = `whsec_${url ? base64(key).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') : base64(key)}`
        const body = JSON.stringify(payload)
        const timestamp = new Date(Math.floor(Date.now() / 1000) * 1000)
        const signature = new Webhook(base64(key)).sign(id, timestamp, body)
        const name = (part: string) => (prefix === 'Mixed' ? `Svix-${part[0]!.toUpperCase()}${part.slice(1)}` : `${prefix}-${part}`)
        const headers = { [name('id')]: id, [name('timestamp')]: String(timestamp.getTime() / 1000), [name('signature')]: `v1,bm90IGl0 ${signature}` }
        const event = await verifyWebhook(body, headers, secret)
        expect(event).toEqual(JSON.parse(body))
        // One changed byte of the body fails.
        const tampered = body.replace(/.$/, (c) => (c === '}' ? ' }' : c))
        if (tampered !== body) await expect(verifyWebhook(tampered, headers, secret)).rejects.toBeInstanceOf(WebhookVerificationError)
      },
    ),
    { numRuns: RUNS.webhooksSigned },
  )
}, 120_000)

test(`webhooks: for arguments of any type, only WebhookVerificationError is thrown (${RUNS.webhooksAnyArguments} cases)`, async () => {
  const header = fc.oneof(fc.anything(), fc.string(), fc.array(fc.string()), fc.integer())
  const headers = fc.oneof(
    fc.anything(),
    fc.record({ 'svix-id': header, 'svix-timestamp': header, 'svix-signature': header }, { requiredKeys: [] }),
    fc.constant(new Headers({ 'svix-id': 'x', 'svix-timestamp': '1', 'svix-signature': 'v1,x' })),
  )
  const options = fc.oneof(fc.anything(), fc.record({ now: fc.oneof(fc.double(), fc.anything()), tolerance: fc.oneof(fc.double(), fc.anything()) }, { requiredKeys: [] }))
  const body = fc.oneof(fc.anything(), fc.string(), fc.uint8Array(), fc.uint8Array().map((b) => b.buffer))
  const secret = fc.oneof(fc.anything(), fc.string(), fc.constant('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'))
  await fc.assert(
    fc.asyncProperty(body, headers, secret, options, async (b, h, s, o) => {
      const outcome = await verifyWebhook(b as never, h as never, s as never, o as never).then(() => 'verified', (e) => e)
      expect(outcome).toBeInstanceOf(WebhookVerificationError)
    }),
    { numRuns: RUNS.webhooksAnyArguments },
  )
}, 120_000)
