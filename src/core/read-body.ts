/**
 * The body as text, reading at most `limit` bytes; the rest is cancelled, never downloaded.
 * `truncated` says whether there was more.
 */
export async function readBody(response: Response, limit: number): Promise<{ text: string; truncated: boolean }> {
  const length = Number(response.headers.get('content-length') ?? NaN)
  // Known and small enough, and not decompressed on the way (which could make it larger): read it whole.
  if (!response.body || (length <= limit && !response.headers.has('content-encoding'))) return { text: await response.text(), truncated: false }
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  let truncated = false
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    if (size + value.byteLength > limit) {
      chunks.push(value.subarray(0, limit - size))
      truncated = true
      reader.cancel().catch(() => {})
      break
    }
    chunks.push(value)
    size += value.byteLength
  }
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0))
  let offset = 0
  for (const chunk of chunks) bytes.set(chunk, offset), (offset += chunk.byteLength)
  return { text: new TextDecoder().decode(bytes), truncated }
}
