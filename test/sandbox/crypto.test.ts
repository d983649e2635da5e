// The sandbox's plain-code crypto (it runs where node:crypto does not, inside synchronous
// handlers) against node:crypto, over random inputs.
import * as node from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromBase64, fromHex, toBase64, toBase64Url, toHex } from '../../src/sandbox/shared/crypto/bytes.js'
import { publicKeyOf, sign, verify } from '../../src/sandbox/shared/crypto/ed25519.js'
import { hmacSha256 } from '../../src/sandbox/shared/crypto/hmac.js'
import { sha256 } from '../../src/sandbox/shared/crypto/sha256.js'
import { sha512 } from '../../src/sandbox/shared/crypto/sha512.js'

const PKCS8 = Buffer.from('302e020100300506032b657004220420', 'hex')
const nodeKey = (seed: Uint8Array) => node.createPrivateKey({ key: Buffer.concat([PKCS8, seed]), format: 'der', type: 'pkcs8' })
const bytes = fc.uint8Array({ maxLength: 600 })
const seed = fc.uint8Array({ minLength: 32, maxLength: 32 })

describe('sandbox crypto matches node:crypto', () => {
  it('SHA-256, SHA-512 and HMAC-SHA256 of any bytes (every padding boundary included)', () => {
    fc.assert(
      fc.property(bytes, fc.uint8Array({ maxLength: 150 }), (data, key) => {
        expect(toHex(sha256(data))).toBe(node.createHash('sha256').update(data).digest('hex'))
        expect(toHex(sha512(data))).toBe(node.createHash('sha512').update(data).digest('hex'))
        expect(toHex(hmacSha256(key, data))).toBe(node.createHmac('sha256', key).update(data).digest('hex'))
      }),
      { numRuns: 300 },
    )
  })

  it('base64, base64url and hex both ways', () => {
    fc.assert(
      fc.property(bytes, (data) => {
        const buf = Buffer.from(data)
        expect(toBase64(data)).toBe(buf.toString('base64'))
        expect(toBase64Url(data)).toBe(buf.toString('base64url'))
        expect(Buffer.from(fromBase64(buf.toString('base64')))).toEqual(buf)
        expect(Buffer.from(fromBase64(buf.toString('base64url')))).toEqual(buf)
        expect(Buffer.from(fromHex(toHex(data))!)).toEqual(buf)
      }),
    )
  })

  it('Ed25519: the same public keys and signatures, and verification agrees, tampered or not', () => {
    fc.assert(
      fc.property(seed, fc.uint8Array({ maxLength: 200 }), fc.nat(63), (s, message, flip) => {
        const key = nodeKey(s)
        const publicKey = node.createPublicKey(key).export({ format: 'der', type: 'spki' }).subarray(-32)
        expect(toHex(publicKeyOf(s))).toBe(publicKey.toString('hex'))
        const signature = node.sign(null, message, key)
        expect(toHex(sign(s, message))).toBe(signature.toString('hex'))
        expect(verify(publicKey, message, signature)).toBe(true)
        const tampered = Uint8Array.from(signature)
        tampered[flip]! ^= 1
        const nodeSays = node.verify(null, message, node.createPublicKey(key), tampered)
        expect(verify(publicKey, message, tampered)).toBe(nodeSays)
      }),
      { numRuns: 60 },
    )
  })

  it('Ed25519: RFC 8032 test vector 1', () => {
    const s = fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60')!
    expect(toHex(publicKeyOf(s))).toBe('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a')
    expect(toHex(sign(s, new Uint8Array()))).toBe('e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b')
  })
})
