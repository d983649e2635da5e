let decoder: TextDecoder | undefined

/**
 * The body as text, reading at most `limit` bytes; the rest is cancelled, never downloaded. The
 * second item says whether there was more. Decoded in one synchronous pass at the end, so one
 * decoder (made on first use: importing this module does nothing) serves every call.
 */
export async function readBody(response: Response, limit: number): Promise<[text: string, truncated?: boolean]> {
  const reader = response.body?.getReader()
  if (!reader) return [await response.text()]
  const chunks: Uint8Array[] = []
  let more
  for (let size = 0; ; ) {
    const { done, value } = await reader.read()
    if (done) break
    if ((more = (size += value.byteLength) > limit)) {
      reader.cancel().catch(() => {})
      chunks.push(value.subarray(0, value.byteLength - size + limit))
      break
    }
    chunks.push(value)
  }
  const d = (decoder ??= new TextDecoder())
  // One chunk (most JSON answers) decodes in one call.
  return [chunks.length == 1 ? d.decode(chunks[0]) : chunks.map((chunk) => d.decode(chunk, { stream: true })).join('') + d.decode(), more]
}
