import { fromHex, toHex, utf8 } from '../shared/crypto/bytes.ts'
import { publicKeyOf, verify } from '../shared/crypto/ed25519.ts'
import { sha256 } from '../shared/crypto/sha256.ts'

export interface Ed25519Pair {
  /** The 32-byte private seed, hex. */
  seed: string
  /** The 32-byte raw public key, hex. */
  publicKey: string
}

/** A deterministic key pair: the seed is sha256 of `label`. */
export function deriveKeyPair(label: string): Ed25519Pair {
  const seed = sha256(label)
  return { seed: toHex(seed), publicKey: toHex(publicKeyOf(seed)) }
}

/** Verifies a hex signature over a UTF-8 string against a raw public key (hex); never throws. */
export function verifyHex(publicKeyHex: string, message: string, signatureHex: string): boolean {
  const publicKey = fromHex(publicKeyHex)
  const signature = fromHex(signatureHex)
  return publicKey !== undefined && signature !== undefined && verify(publicKey, utf8(message), signature)
}

/** `did:web:agentries.xyz:agent:<id>`, id = first 16 hex of sha256(public key). */
export function didFor(publicKeyHex: string): string {
  return `did:web:agentries.xyz:agent:${toHex(sha256(fromHex(publicKeyHex) ?? new Uint8Array())).slice(0, 16)}`
}
