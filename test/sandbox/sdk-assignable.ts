// Compile-time half of the sandbox's fidelity check (the run-time half is
// test/e2e/official-sdk.test.ts): the records the sandbox sends as they are must be assignable
// to the official AgentRef SDK's declared types. `npm run typecheck` fails when one drifts.
import type * as Sdk from 'agentref'
import type { inviteView } from '../../src/sandbox/agentref/invite-view.js'
import type * as Sandbox from '../../src/sandbox/agentref/types.js'

type Assignable<From extends To, To> = [From, To]
/** The declared fields of an SDK type built on `Record<string, unknown>`, without its index signature. */
type Declared<T> = { [K in keyof T as string extends K ? never : K]: T[K] }

export type SandboxMatchesSdk = [
  Assignable<Sandbox.Program, Sdk.Program>,
  Assignable<Sandbox.Affiliate, Sdk.Affiliate>,
  Assignable<Sandbox.Application, Declared<Sdk.Application>>,
  Assignable<Sandbox.Conversion, Sdk.Conversion>,
  Assignable<Sandbox.Payout, Sdk.Payout>,
  Assignable<Sandbox.Flag, Sdk.Flag>,
  Assignable<Sandbox.Coupon, Sdk.Coupon>,
  Assignable<ReturnType<typeof inviteView>, Sdk.Invite>,
  Assignable<Sandbox.Merchant, Sdk.Merchant>,
  Assignable<Sandbox.NotificationPreferences, Sdk.NotificationPreferences>,
  Assignable<Sandbox.PayoutInfo, Sdk.PayoutInfo>,
  Assignable<Sandbox.AffiliateLink, Declared<Sdk.AffiliateLink>>,
  Assignable<Sandbox.MarketingResource, Declared<Sdk.MarketingResource>>,
  Assignable<Sandbox.WebhookEndpoint, Sdk.WebhookEndpoint>,
]
