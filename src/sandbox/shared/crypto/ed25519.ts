import { concat, equalBytes } from './bytes.ts'
import { sha512 } from './sha512.ts'

// Ed25519 (RFC 8032) in plain code, on BigInt: the sandbox derives its agent's key pair when it is
// created and verifies signatures inside synchronous handlers, on runtimes whose Web Crypto either
// lacks Ed25519 or offers it only asynchronously. It is a test double's verifier, not a
// constant-time signer for secrets.

const P = 2n ** 255n - 19n
const L = 2n ** 252n + 27742317777372353535851937790883648493n
const mod = (a: bigint, m = P) => ((a % m) + m) % m

function pow(base: bigint, exp: bigint): bigint {
  let result = 1n
  let b = mod(base)
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % P
    b = (b * b) % P
  }
  return result
}
const inv = (a: bigint) => pow(a, P - 2n)

const D = mod(-121665n * inv(121666n))
const SQRT_M1 = pow(2n, (P - 1n) / 4n)

/** A point in extended coordinates (X:Y:Z:T), x = X/Z, y = Y/Z, xy = T/Z. */
type Point = readonly [bigint, bigint, bigint, bigint]

const BASE_Y = mod(4n * inv(5n))
const BASE: Point = [15112221349535400772501151409588531511454012693041857206046113283949847762202n, BASE_Y, 1n, mod(15112221349535400772501151409588531511454012693041857206046113283949847762202n * BASE_Y)]
const ZERO: Point = [0n, 1n, 1n, 0n]

function add([x1, y1, z1, t1]: Point, [x2, y2, z2, t2]: Point): Point {
  const a = mod((y1 - x1) * (y2 - x2))
  const b = mod((y1 + x1) * (y2 + x2))
  const c = mod(2n * t1 * t2 * D)
  const d = mod(2n * z1 * z2)
  const e = b - a
  const f = d - c
  const g = d + c
  const h = b + a
  return [mod(e * f), mod(g * h), mod(f * g), mod(e * h)]
}

function multiply(point: Point, scalar: bigint): Point {
  let result = ZERO
  let addend = point
  for (let s = scalar; s > 0n; s >>= 1n) {
    if (s & 1n) result = add(result, addend)
    addend = add(addend, addend)
  }
  return result
}

const littleEndian = (bytes: Uint8Array): bigint => bytes.reduceRight((n, b) => (n << 8n) | BigInt(b), 0n)

function bytes32(n: bigint): Uint8Array {
  const out = new Uint8Array(32)
  for (let i = 0, v = n; i < 32; i++, v >>= 8n) out[i] = Number(v & 0xffn)
  return out
}

function encode([x, y, z]: Point): Uint8Array {
  const zi = inv(z)
  const out = bytes32(mod(y * zi))
  out[31]! |= Number(mod(x * zi) & 1n) << 7
  return out
}

/** The point a 32-byte encoding names, or `undefined` when it names none (RFC 8032 §5.1.3). */
function decode(bytes: Uint8Array): Point | undefined {
  if (bytes.length !== 32) return undefined
  const sign = bytes[31]! >> 7
  const copy = Uint8Array.from(bytes)
  copy[31]! &= 0x7f
  const y = littleEndian(copy)
  if (y >= P) return undefined
  const u = mod(y * y - 1n)
  const v = mod(D * y * y + 1n)
  let x = mod(u * pow(v, 3n) * pow(u * pow(v, 7n), (P - 5n) / 8n))
  if (mod(v * x * x) !== u) {
    if (mod(v * x * x) !== mod(-u)) return undefined
    x = mod(x * SQRT_M1)
  }
  if (x === 0n && sign === 1) return undefined
  if (Number(x & 1n) !== sign) x = P - x
  return [x, y, 1n, mod(x * y)]
}

function expand(seed: Uint8Array) {
  const h = sha512(seed)
  const a = h.slice(0, 32)
  a[0]! &= 248
  a[31]! &= 127
  a[31]! |= 64
  const scalar = littleEndian(a)
  return { scalar, prefix: h.slice(32), publicKey: encode(multiply(BASE, scalar)) }
}

const hashScalar = (...parts: Uint8Array[]) => mod(littleEndian(sha512(concat(...parts))), L)

/** The 32-byte public key of a 32-byte private seed. */
export const publicKeyOf = (seed: Uint8Array): Uint8Array => expand(seed).publicKey

/** The 64-byte signature of `message` with a 32-byte private seed. */
export function sign(seed: Uint8Array, message: Uint8Array): Uint8Array {
  const { scalar, prefix, publicKey } = expand(seed)
  const r = hashScalar(prefix, message)
  const R = encode(multiply(BASE, r))
  const s = mod(r + hashScalar(R, publicKey, message) * scalar, L)
  return concat(R, bytes32(s))
}

/** Whether `signature` is a valid signature of `message` by `publicKey`; never throws. */
export function verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64) return false
  const A = decode(publicKey)
  const R = signature.subarray(0, 32)
  const s = littleEndian(signature.subarray(32))
  if (!A || !decode(R) || s >= L) return false
  const k = hashScalar(R, publicKey, message)
  // [s]B = R + [k]A, compared encoded: [s]B - [k]A must encode to R.
  const negA: Point = [mod(-A[0]), A[1], A[2], mod(-A[3])]
  return equalBytes(encode(add(multiply(BASE, s), multiply(negA, k))), R)
}
