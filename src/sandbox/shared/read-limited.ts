import { concat, fromUtf8 } from './crypto/bytes.ts'

/**
 * A body stream's text, or `null` as soon as it passes `limit` bytes: then the stream is
 * cancelled, so the rest is never read (nor, for a generated body, produced).
 */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<string | null> {
  if (!body) return ''
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return fromUtf8(concat(...chunks))
    size += value.length
    if (size > limit) {
      void reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
}
