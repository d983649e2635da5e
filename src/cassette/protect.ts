import { decode, REDACTED, redactText, RUN } from '../core/redact.ts'
import type { HarEntry, HarPair } from './types.ts'

/** What stands for a JWT: still three dot-separated parts, so a replayed token mint goes on working. */
export const TOKEN_PLACEHOLDER = 'redacted.redacted.redacted'
/** A JWT: base64url header (always `{"…`, so `eyJ`), payload and signature. */
const JWT = /eyJ[\w-]+\.[\w-]+\.[\w-]*/g
/** An AgentRef (Standard Webhooks) signing secret. */
const WEBHOOK_SECRET = /whsec_[\w+/=-]+/g
/** Headers whose whole value is a credential. */
const SECRET_HEADERS = /^(?:authorization|proxy-authorization|cookie|set-cookie|x-api-key)$/i
/** JSON fields whose string value is a secret wherever they appear (Agentries' token request signs with a fresh `signature`). */
const SECRET_FIELDS = /^(?:api_?key|access_?token|refresh_?token|token|client_?secret|secret|signing_?secret|password|private_?key|signature)$/i
/** Of those, the ones a client sends back as a bearer token: they get the well-formed placeholder. */
const TOKEN_FIELDS = /^(?:access_?token|refresh_?token|token)$/i

/** A body is JSON when it parses; `undefined` otherwise. */
export function parseJson(text: string | undefined): { value: unknown } | undefined {
  if (!text) return
  try {
    return { value: JSON.parse(text) }
  } catch {}
}

const isPlaceholder = (value: string) => value === REDACTED || value === TOKEN_PLACEHOLDER || value === `Bearer ${REDACTED}`

function remember(secrets: Set<string>, value: string | undefined): void {
  if (value && !isPlaceholder(value) && !value.includes(REDACTED) && !value.includes(TOKEN_PLACEHOLDER)) secrets.add(value)
}

/** Every JWT and `whsec_` secret in a text, as it is or decoded (%XX, \uXXXX). */
function discover(text: string, secrets: Set<string>): void {
  for (const reading of [text, decode(text)]) for (const pattern of [JWT, WEBHOOK_SECRET]) for (const [found] of reading.matchAll(pattern)) remember(secrets, found)
}

/** Calls `visit(key, value)` for every string value under a key, in any depth of a JSON value. */
function eachField(value: unknown, visit: (key: string, value: string) => void): void {
  if (!value || typeof value !== 'object') return
  for (const [key, inner] of Object.entries(value)) {
    if (typeof inner === 'string') visit(key, inner)
    else eachField(inner, visit)
  }
}

/** A text with every JWT replaced by the placeholder and no run of any known secret left. */
function hide(text: string, secrets: Set<string>): string {
  let hidden = text.replace(JWT, TOKEN_PLACEHOLDER)
  for (const secret of secrets) {
    hidden = redactText(hidden, secret)
    // Encoded twice (JSON-escaped, then percent-encoded into a URL): hidden in its twice-decoded reading.
    const twice = decode(decode(hidden))
    const hiddenTwice = redactText(twice, secret)
    if (hiddenTwice !== twice) hidden = hiddenTwice
  }
  return hidden
}

/** A JSON value with secret fields replaced and every string and key hidden; the same value when nothing changed. */
function hideJson(value: unknown, secrets: Set<string>): unknown {
  if (typeof value === 'string') return hide(value, secrets)
  if (!value || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    const items = value.map((item) => hideJson(item, secrets))
    return items.some((item, i) => item !== value[i]) ? items : value
  }
  let changed = false
  const copy: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    const name = hide(key, secrets)
    const hidden =
      typeof inner === 'string' && SECRET_FIELDS.test(key) && !isPlaceholder(inner) ? (TOKEN_FIELDS.test(key) ? TOKEN_PLACEHOLDER : REDACTED) : hideJson(inner, secrets)
    changed ||= name !== key || hidden !== inner
    // defineProperty: a `__proto__` key stays data.
    Object.defineProperty(copy, name, { value: hidden, enumerable: true, writable: true, configurable: true })
  }
  return changed ? copy : value
}

/** A body's text hidden: JSON through its values (so it stays JSON), anything else as text. */
function hideBody(text: string, binary: boolean, secrets: Set<string>): string {
  const json = binary ? undefined : parseJson(text)
  if (!json) return hide(text, secrets)
  const hidden = hideJson(json.value, secrets)
  return hidden === json.value ? text : JSON.stringify(hidden)
}

/** The query parameters of a URL, in order. */
export function queryOf(url: string): HarPair[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }))
  } catch {
    return []
  }
}

const hideHeaders = (headers: HarPair[], secrets: Set<string>): HarPair[] =>
  headers.map(({ name, value }) => ({ name: hide(name, secrets), value: SECRET_HEADERS.test(name) ? REDACTED : hide(value, secrets) }))

/**
 * Removes every secret from an entry, in place: credential headers' values, the credential they
 * carry wherever it appears again, JWTs (as the placeholder), `whsec_` secrets and secret JSON
 * fields. `secrets` collects what was found, so that later entries lose it too. Bodies marked
 * binary are their bytes one character each; base64 encoding comes after.
 */
export function protect(entry: HarEntry, secrets: Set<string>, binary: { request: boolean; response: boolean }): HarEntry {
  const { request, response } = entry
  discover(request.url, secrets)
  for (const { name, value } of [...request.headers, ...response.headers]) {
    discover(value, secrets)
    if (SECRET_HEADERS.test(name)) remember(secrets, value.replace(/^[\w-]+ +(?=\S)/, ''))
  }
  for (const [text, isBinary] of [[request.postData?.text ?? '', binary.request], [response.content.text, binary.response]] as const) {
    discover(text, secrets)
    const json = isBinary ? undefined : parseJson(text)
    // A short value (an empty `token`, a flag) would hide every text that happens to hold it.
    if (json) eachField(json.value, (key, value) => SECRET_FIELDS.test(key) && value.length >= RUN && remember(secrets, value))
  }
  request.url = hide(request.url, secrets)
  request.queryString = queryOf(request.url)
  request.headers = hideHeaders(request.headers, secrets)
  if (request.postData) request.postData.text = hideBody(request.postData.text, binary.request, secrets)
  response.headers = hideHeaders(response.headers, secrets)
  response.content.text = hideBody(response.content.text, binary.response, secrets)
  return entry
}
