export interface ErrorDescription {
  code?: string
  message?: string
  requestId?: string
  details?: unknown
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

/**
 * Reads the three providers' error bodies: AgentRef `{error: {code, message, details}, meta: {requestId}}`,
 * AgentClick `{success: false, message}`, Agentries `{error: "...", details}`.
 */
export function describeErrorBody(body: unknown): ErrorDescription {
  if (!body || typeof body !== 'object') return {}
  const b = body as Record<string, unknown>
  const meta = b.meta as Record<string, unknown> | undefined
  const requestId = str(meta?.requestId)
  if (b.error && typeof b.error === 'object') {
    const e = b.error as Record<string, unknown>
    return { code: str(e.code), message: str(e.message), details: e.details, requestId }
  }
  return { message: str(b.error) ?? str(b.message), details: b.details, requestId }
}

/** A short, single-line excerpt of a body that is not JSON (an HTML error page, say). */
export function excerpt(text: string, max = 160): string {
  const line = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()
  return line.length > max ? `${line.slice(0, max)}…` : line
}
