/**
 * The body as text, reading at most `limit` bytes; the rest is cancelled, never downloaded.
 * The second item says whether there was more.
 */
export async function readBody(response: Response, limit: number): Promise<[text: string, truncated?: boolean]> {
  if (!response.body) return [await response.text()]
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  for (let size = 0; ; ) {
    const { done, value } = await reader.read()
    if (done) return [text + decoder.decode()]
    size += value.byteLength
    if (size > limit) {
      reader.cancel().catch(() => {})
      return [text + decoder.decode(value.subarray(0, value.byteLength - size + limit)), true]
    }
    text += decoder.decode(value, { stream: true })
  }
}
