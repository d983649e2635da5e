/** A body as text: UTF-8 as it is; anything else as its bytes one character each (`binary`). */
export interface Body {
  text: string
  binary: boolean
}

let strict: TextDecoder | undefined

/** Reads a request's or response's body (give it a clone: reading uses it up). */
export async function readBody(message: Request | Response): Promise<Body> {
  const bytes = new Uint8Array(await message.arrayBuffer())
  try {
    return { text: (strict ??= new TextDecoder('utf-8', { fatal: true })).decode(bytes), binary: false }
  } catch {
    let text = ''
    // In slices: a spread of a large array would overflow the call stack.
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return { text, binary: true }
  }
}

/** The bytes of a base64 body, for a replayed Response. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const chars = atob(text)
  const bytes = new Uint8Array(chars.length)
  for (let i = 0; i < chars.length; i++) bytes[i] = chars.charCodeAt(i)
  return bytes
}
