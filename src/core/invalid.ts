import { AffiliateError, type Provider } from './errors/affiliate-error.ts'

/**
 * Bad input (arguments, options, what the given fetch returned): a message becomes a plain
 * AffiliateError. Checks throw their message; anything else a check threw passes as it is.
 */
export function invalid(message: string, provider?: Provider): AffiliateError
export function invalid(problem: unknown, provider?: Provider): unknown
export function invalid(problem: unknown, provider?: Provider): unknown {
  return typeof problem === 'string' ? new AffiliateError(problem, { provider }) : problem
}
