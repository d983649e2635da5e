// How a secret comes back from a server, for the redaction properties: the text around it, and the
// encodings it may wear.
import fc from 'fast-check'

/** Text around a secret: no character of any secret's alphabet, so it cannot extend or fake a run. */
export const fillerUpTo = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom(' ', '!', '(', ')', ',', ':', ';', '<', '>', '?', '[', ']', '{', '}', 'é', '☃', '\n'), maxLength })

/** The secret as it is, percent-encoded (as `encodeURIComponent` does, and every character), JSON-escaped. */
export const encodedEchoes = (secret: string) => [
  fc.constant(secret),
  fc.constant(encodeURIComponent(secret)),
  fc.constant([...secret].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('')),
  fc.constant([...secret].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')),
  fc.constant(secret.replace(/\//g, '\\/')),
]
