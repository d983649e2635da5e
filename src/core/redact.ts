/** Replaces every occurrence of the secret in a string or JSON-like value. */
export function redact<T>(value: T, secret: string | undefined): T {
  if (!secret || value === undefined || value === null) return value
  if (typeof value === 'string') return value.split(secret).join('[redacted]') as T
  const json = JSON.stringify(value)
  return json.includes(secret) ? (JSON.parse(json.split(secret).join('[redacted]')) as T) : value
}
