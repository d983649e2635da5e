import { randomBytes, toBase64 } from '../../shared/crypto/bytes.ts'
import { qString } from '../../shared/query.ts'
import { opt, req } from '../../shared/validate.ts'
import { MERCHANT, type RefCtx, type RefRoute, created, find, ok, ownProgram, route, validate } from '../context.ts'
import { iso } from '../ops.ts'
import { WEBHOOK_EVENTS, type WebhookEndpoint, type WebhookEventType } from '../types.ts'
import { fail } from '../../shared/errors.ts'

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

/** HTTPS anywhere; plain HTTP only to loopback (the docs allow it "during development"). */
function checkUrl(value: unknown): void {
  let url: URL | undefined
  try {
    url = new URL(String(value))
  } catch {
    // reported below
  }
  const okUrl = url && (url.protocol === 'https:' || (url.protocol === 'http:' && (LOOPBACK.has(url.hostname) || url.hostname.endsWith('.localhost'))))
  if (!okUrl) fail(400, 'VALIDATION_ERROR', 'url must be an https URL (or http to localhost)', { url: 'must be an https URL (or http to localhost)' })
}

function checkEvents(value: unknown): void {
  const bad = Array.isArray(value) ? value.filter((e) => !(WEBHOOK_EVENTS as readonly unknown[]).includes(e)) : []
  if (bad.length) fail(400, 'VALIDATION_ERROR', `Unknown event types: ${bad.join(', ')}`, { subscribedEvents: `must contain only ${WEBHOOK_EVENTS.join(', ')}` })
}

const newSecret = () => `whsec_${toBase64(randomBytes(24))}`

function setSecret(endpoint: WebhookEndpoint) {
  endpoint._secret = newSecret()
  endpoint.secretLastFour = endpoint._secret.slice(-4)
  return { endpoint, signingSecret: endpoint._secret }
}

const SPEC = { name: opt('string'), url: opt('string'), subscribedEvents: opt('string[]', { minItems: 1 }), programId: opt('string', { nullable: true }), schemaVersion: opt([2]) }

const endpointOf = (c: RefCtx) => find(c.st.webhooks, c.params.id ?? '', 'Webhook endpoint')

export const webhookRoutes: RefRoute[] = [
  route('GET', '/webhooks', MERCHANT, 'webhooks:read', (c) => {
    const programId = qString(c.query, 'programId')
    return ok([...c.st.webhooks.values()].filter((w) => !programId || w.programId === programId))
  }),
  route('POST', '/webhooks', MERCHANT, 'webhooks:write', (c) => {
    validate(c.body, { ...SPEC, name: req('string'), url: req('string'), subscribedEvents: req('string[]', { minItems: 1 }) })
    checkUrl(c.body.url)
    checkEvents(c.body.subscribedEvents)
    const programId = (c.body.programId as string | null | undefined) ?? null
    if (programId !== null) ownProgram(c, programId)
    const now = iso(Date.now())
    const endpoint: WebhookEndpoint = { id: c.rnd.id('whe'), name: c.body.name as string, url: c.body.url as string, status: 'active', programId, schemaVersion: 2, subscribedEvents: [...new Set(c.body.subscribedEvents as WebhookEventType[])], secretLastFour: null, createdAt: now, updatedAt: now, disabledAt: null, _secret: '' }
    c.st.webhooks.set(endpoint.id, endpoint)
    return created(setSecret(endpoint))
  }),
  route('GET', '/webhooks/{id}', MERCHANT, 'webhooks:read', (c) => ok(endpointOf(c))),
  route('PATCH', '/webhooks/{id}', MERCHANT, 'webhooks:write', (c) => {
    const endpoint = endpointOf(c)
    validate(c.body, SPEC)
    if (c.body.url !== undefined) checkUrl(c.body.url)
    if (c.body.subscribedEvents !== undefined) checkEvents(c.body.subscribedEvents)
    if (typeof c.body.programId === 'string') ownProgram(c, c.body.programId)
    if (c.body.name !== undefined) endpoint.name = c.body.name as string
    if (c.body.url !== undefined) endpoint.url = c.body.url as string
    if (c.body.programId !== undefined) endpoint.programId = c.body.programId as string | null
    if (c.body.subscribedEvents !== undefined) endpoint.subscribedEvents = [...new Set(c.body.subscribedEvents as WebhookEventType[])]
    endpoint.updatedAt = iso(Date.now())
    return ok(endpoint)
  }),
  route('DELETE', '/webhooks/{id}', MERCHANT, 'webhooks:write', (c) => {
    c.st.webhooks.delete(endpointOf(c).id)
    return ok({ success: true })
  }),
  route('POST', '/webhooks/{id}/rotate-secret', MERCHANT, 'webhooks:write', (c) => {
    const endpoint = endpointOf(c)
    endpoint.updatedAt = iso(Date.now())
    return ok(setSecret(endpoint))
  }),
]
