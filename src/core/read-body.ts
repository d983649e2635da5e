let decoder: TextDecoder | undefined

/**
 * UTF-8 text of the chunks. Decoded in one synchronous pass, so one decoder (made on first use:
 * importing this module does nothing) serves every call without their states mixing.
 */
function decode(chunks: Uint8Array[]): string {
  const d = (decoder ??= new TextDecoder())
  return chunks.length === 1 ? d.decode(chunks[0]) : chunks.map((chunk) => d.decode(chunk, { stream: true })).join('') + d.decode()
}

/**
 * The body as text, reading at most `limit` bytes; the rest is cancelled, never downloaded.
 * The second item says whether there was more.
 */
export async function readBody(response: Response, limit: number): Promise<[text: string, truncated?: boolean]> {
  if (!response.body) return [await response.text()]
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  for (let size = 0; ; ) {
    const { done, value } = await reader.read()
    if (done) return [decode(chunks)]
    if (size + value.byteLength > limit) {
      reader.cancel().catch(() => {})
      chunks.push(value.subarray(0, limit - size))
      return [decode(chunks), true]
    }
    chunks.push(value)
    size += value.byteLength
  }
}
