/** Replaces every occurrence of the secret in a string or JSON-like value. */
export function redact<T>(value: T, secret: string | undefined): T {
  if (!secret || value == null) return value
  const json = JSON.stringify(value)
  return json.includes(secret) ? JSON.parse(json.split(secret).join('[redacted]')) : value
}
