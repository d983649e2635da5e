import type { Invite } from './types.ts'

/**
 * An invite as the wire shows it. The official SDKs declare `email` a string, so a public invite
 * (no addressee; `null` in state) is sent with `email: ''` rather than `null`.
 */
export function inviteView(invite: Invite): Omit<Invite, 'email'> & { email: string } {
  return { ...invite, email: invite.email ?? '' }
}
