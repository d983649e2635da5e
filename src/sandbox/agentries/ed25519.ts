import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto'

const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')

export interface Ed25519Pair {
  /** The 32-byte private seed, hex. */
  seed: string
  /** The 32-byte raw public key, hex. */
  publicKey: string
}

/** A deterministic key pair: the seed is sha256 of `label`. */
export function deriveKeyPair(label: string): Ed25519Pair {
  const seed = createHash('sha256').update(label).digest()
  const priv = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' })
  const spki = createPublicKey(priv).export({ format: 'der', type: 'spki' })
  return { seed: seed.toString('hex'), publicKey: spki.subarray(-32).toString('hex') }
}

/** Detached Ed25519 signature (hex) of a UTF-8 string with a 32-byte seed (hex). */
export function signHex(seedHex: string, message: string): string {
  const priv = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, Buffer.from(seedHex, 'hex')]), format: 'der', type: 'pkcs8' })
  return sign(null, Buffer.from(message, 'utf8'), priv).toString('hex')
}

/** Verifies a hex signature over a UTF-8 string against a raw public key (hex); never throws. */
export function verifyHex(publicKeyHex: string, message: string, signatureHex: string): boolean {
  try {
    const pub = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]), format: 'der', type: 'spki' })
    return verify(null, Buffer.from(message, 'utf8'), pub, Buffer.from(signatureHex, 'hex'))
  } catch {
    return false
  }
}

/** `did:web:agentries.xyz:agent:<id>`, id = first 16 hex of sha256(public key). */
export function didFor(publicKeyHex: string): string {
  return `did:web:agentries.xyz:agent:${createHash('sha256').update(Buffer.from(publicKeyHex, 'hex')).digest('hex').slice(0, 16)}`
}
