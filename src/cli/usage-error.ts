/** Bad usage or bad input, found before anything is sent: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError' as const
}

/** No credential for the provider in the environment: exit code 4, nothing sent. */
export class CredentialMissing extends Error {
  override name = 'CredentialMissing' as const
}
