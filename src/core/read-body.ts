/**
 * The body as text, reading at most `limit` bytes; the rest is cancelled, never downloaded.
 * The second item says whether there was more.
 */
export async function readBody(response: Response, limit: number): Promise<[text: string, truncated: boolean]> {
  const length = response.headers.get('content-length')
  // Known and small enough, and not decompressed on the way (which could make it larger): read it whole.
  // (`response.body` is touched only past this point: some runtimes build a stream on access.)
  if ((length && +length <= limit && !response.headers.has('content-encoding')) || !response.body) return [await response.text(), false]
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  for (let size = 0; ; ) {
    const { done, value } = await reader.read()
    if (done) return [text + decoder.decode(), false]
    size += value.byteLength
    if (size > limit) {
      reader.cancel().catch(() => {})
      return [text + decoder.decode(value.subarray(0, value.byteLength - size + limit)), true]
    }
    text += decoder.decode(value, { stream: true })
  }
}
