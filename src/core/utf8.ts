let decoder: TextDecoder | undefined

/**
 * UTF-8 text of the chunks of a body, decoded in one synchronous pass, so one decoder (made on
 * first use: importing this module does nothing) serves every call without their states mixing.
 */
export function decodeUtf8(chunks: Uint8Array[]): string {
  const d = (decoder ??= new TextDecoder())
  // One chunk (most JSON answers) decodes in one call.
  return chunks.length == 1 ? d.decode(chunks[0]) : chunks.map((chunk) => d.decode(chunk, { stream: true })).join('') + d.decode()
}
