import { AffiliateError, type Provider } from './errors/affiliate-error.ts'

/**
 * Bad input (arguments, options, what the given fetch returned) as a plain AffiliateError: checks
 * throw their message; anything else thrown while building a request (a circular body, a getter
 * that throws) becomes one with that as its `cause`. Our own errors pass as they are.
 */
export const invalid = (problem: any, provider?: Provider): AffiliateError =>
  typeof problem == 'string'
    ? new AffiliateError(problem, { provider })
    : problem instanceof AffiliateError
      ? problem
      : new AffiliateError(`invalid input: ${problem?.message}`, { provider, cause: problem })
