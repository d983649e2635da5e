import crypto from 'node:crypto'
import nacl from 'tweetnacl'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../src/agentries/index.js'
import { importSeed, signHex } from '../../src/agentries/sign.js'
import { SEED, verifies } from './fixture.js'

describe('canonicalJson', () => {
  it('writes the documented authenticate bytes', () => {
    expect(canonicalJson({ timestamp: 1706900000000, purpose: 'authenticate' })).toBe('{"purpose":"authenticate","timestamp":1706900000000}')
  })

  it('sorts keys at every level by UTF-16 code units, keeps arrays in order, no whitespace', () => {
    const value = { b: [3, { z: 1, a: null }, 'x'], a: { d: true, c: 'é' }, B: 1, é: 2, '\u{1F600}': 3, '\uFF5E': 4 }
    expect(canonicalJson(value)).toBe('{"B":1,"a":{"c":"é","d":true},"b":[3,{"a":null,"z":1},"x"],"é":2,"\u{1F600}":3,"\uFF5E":4}')
  })

  it('matches JSON.stringify for primitives and dropped values', () => {
    expect(canonicalJson({ u: undefined, f: () => 1, n: null, s: 'a"\n', x: [undefined] })).toBe('{"n":null,"s":"a\\"\\n","x":[null]}')
    expect(canonicalJson('str')).toBe('"str"')
    expect(canonicalJson(1.5)).toBe('1.5')
    expect(canonicalJson(new Date(0))).toBe('"1970-01-01T00:00:00.000Z"')
  })
})

describe('Ed25519 signatures equal tweetnacl byte for byte', () => {
  const seeds = [SEED, '00'.repeat(32), 'ff'.repeat(32), ...Array.from({ length: 5 }, () => crypto.randomBytes(32).toString('hex'))]
  const messages = [
    canonicalJson({ purpose: 'authenticate', timestamp: 1706900000000 }),
    canonicalJson({ purpose: 'registration', profile: { name: 'エージェント', tags: null }, timestamp: 1 }),
    '',
    'x'.repeat(1000),
  ]

  it.each(seeds)('seed %s', async (seedHex) => {
    const key = await importSeed(seedHex)
    const pair = nacl.sign.keyPair.fromSeed(Buffer.from(seedHex, 'hex'))
    for (const message of messages) {
      const ours = await signHex(key, message)
      const theirs = Buffer.from(nacl.sign.detached(new TextEncoder().encode(message), pair.secretKey)).toString('hex')
      expect(ours).toBe(theirs)
      expect(ours).toMatch(/^[0-9a-f]{128}$/)
      expect(verifies(seedHex, message, ours)).toBe(true)
    }
  })
})
