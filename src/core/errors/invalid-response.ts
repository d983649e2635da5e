import type { Provider } from './affiliate-error.ts'
import { ApiError } from './api-error.ts'

/** A 2xx whose body lacks the provider's envelope: an ApiError INVALID_RESPONSE of that status, saying what is missing. */
export const invalidResponse = (provider: Provider, status: number, what: string): ApiError =>
  new ApiError(`${provider} ${status} INVALID_RESPONSE: ${what}`, { provider, status, code: 'INVALID_RESPONSE' })
