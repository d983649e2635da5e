// Barrel imports on purpose: the build keeps them as imports of the package's own entry points.
import { checkHealth, getApiKeyInfo } from '../agentclick/index.ts'
import { getWorkspaceIdentity, withResponse } from '../agentref/index.ts'
import { getAuthToken, getReferralStats } from '../agentries/index.ts'
import type { Provider } from '../core/errors/affiliate-error.ts'
import type { Client } from '../core/types.ts'
import { PROVIDERS } from './command-table.ts'
import { EXIT, failureLine, failureOf } from './exit-code.ts'
import type { CliIo, Output } from './io.ts'
import { writeResult } from './output/write-result.ts'
import { BASE_URL_VARS, hasCredential, type Target, targetFor } from './target.ts'

interface Check {
  provider: Provider
  check: string
  result: 'pass' | 'fail'
  detail: string
}

/** Largest clock difference to the server that signed tokens and rate-limit resets tolerate well. */
const MAX_SKEW_S = 60

/** What the credential looks like, never what it is: its kind, or why its form is wrong. */
function credentialForm(provider: Provider, env: CliIo['env'], sandbox: boolean): [boolean, string] {
  if (sandbox) return [true, 'sandbox demo credential']
  const v = (name: string) => env[name]?.trim() ?? ''
  if (provider === 'agentref') {
    const kind = /^ak_(live|aff|onb)_\w+$/.exec(v('AGENTREF_API_KEY'))?.[1]
    return kind ? [true, `${{ live: 'merchant', aff: 'affiliate', onb: 'onboarding' }[kind]} key in AGENTREF_API_KEY`] : [false, 'AGENTREF_API_KEY is not an AgentRef key (merchant, affiliate or onboarding prefix, then letters and digits)']
  }
  if (provider === 'agentclick') {
    return /^aa_[A-Za-z0-9]+$/.test(v('AGENTCLICK_API_KEY')) ? [true, 'API key in AGENTCLICK_API_KEY'] : [false, 'AGENTCLICK_API_KEY is not an AgentClick key (documented: a fixed prefix, then 48 hex characters)']
  }
  if (v('AGENTRIES_TOKEN')) return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(v('AGENTRIES_TOKEN')) ? [true, 'JWT in AGENTRIES_TOKEN'] : [false, 'AGENTRIES_TOKEN is not a JWT (three base64url parts)']
  const ok = /^did:[a-z0-9]+:\S+$/.test(v('AGENTRIES_DID')) && /^[0-9a-f]{64}$/i.test(v('AGENTRIES_PRIVATE_KEY'))
  return ok ? [true, 'DID and Ed25519 seed in AGENTRIES_DID, AGENTRIES_PRIVATE_KEY'] : [false, 'AGENTRIES_DID must be a DID and AGENTRIES_PRIVATE_KEY 64 hex characters']
}

/** The reads that prove a credential works, each through `withResponse` for the Date header. */
function readsOf(provider: Provider): [string, (client: Client, signal: AbortSignal) => Promise<{ headers: Headers }>][] {
  if (provider === 'agentref') return [['GET /me (getWorkspaceIdentity)', (c, signal) => withResponse(getWorkspaceIdentity, c as never, { signal })]]
  if (provider === 'agentclick') {
    return [
      ['health (checkHealth)', (c, signal) => withResponse(checkHealth, c as never, { signal })],
      ['common.api_key_info (getApiKeyInfo)', (c, signal) => withResponse(getApiKeyInfo, c as never, { signal })],
    ]
  }
  return [
    ['token (getAuthToken)', async (c, signal) => ((await getAuthToken(c as never, { signal })), { headers: new Headers() })],
    ['GET /api/referrals/stats (getReferralStats)', (c, signal) => withResponse(getReferralStats, c as never, { signal })],
  ]
}

/**
 * `affiliate-fetch doctor`: for each provider with a credential in the environment (all three
 * with `--sandbox`): the credential's form, the base URL, the reads that need the credential,
 * and the clock's skew against the last response's `Date`. A table (or JSON); never a credential.
 */
export async function doctor(io: CliIo, stdout: Output, options: { sandbox?: boolean | undefined; json?: boolean | undefined; signal: AbortSignal; reveal: (secrets: string[]) => void }): Promise<number> {
  const providers = options.sandbox ? PROVIDERS : PROVIDERS.filter((p) => hasCredential(p, io.env))
  if (providers.length === 0) {
    await io.stderr.write('CredentialMissing: no credential in the environment (AGENTREF_API_KEY, AGENTCLICK_API_KEY, AGENTRIES_TOKEN or AGENTRIES_DID + AGENTRIES_PRIVATE_KEY); try --sandbox\n')
    return EXIT.credential
  }
  const checks: Check[] = []
  const add = (provider: Provider, check: string, ok: boolean, detail: string) => checks.push({ provider, check, result: ok ? 'pass' : 'fail', detail })
  for (const provider of providers) {
    const [formOk, form] = credentialForm(provider, io.env, Boolean(options.sandbox))
    add(provider, 'credential', formOk, form)
    let target: Target
    try {
      target = await targetFor(provider, undefined, io, { sandbox: options.sandbox })
    } catch (error) {
      add(provider, 'base URL', false, failureLine(failureOf(error, 0)))
      continue
    }
    options.reveal(target.secrets)
    try {
      add(provider, 'base URL', true, options.sandbox ? 'sandbox (in process)' : `${target.where}${io.env[BASE_URL_VARS[provider]] ? ` (from ${BASE_URL_VARS[provider]})` : ''}`)
      let date: string | null = null
      for (const [name, read] of readsOf(provider)) {
        const started = Date.now()
        try {
          const { headers } = await read(target.client, options.signal)
          date = headers.get('date') ?? date
          add(provider, name, true, `${Date.now() - started} ms`)
        } catch (error) {
          if (options.signal.aborted) throw error
          add(provider, name, false, failureLine(failureOf(error, 1)))
          break
        }
      }
      if (date !== null) {
        const skew = Math.round((Date.now() - Date.parse(date)) / 1000)
        add(provider, 'clock', Number.isFinite(skew) && Math.abs(skew) <= MAX_SKEW_S, Number.isFinite(skew) ? `${skew >= 0 ? '+' : ''}${skew} s against the server's Date (second resolution)` : 'the Date header is not a date')
      } else add(provider, 'clock', false, 'no Date header to compare with')
    } finally {
      await target.close()
    }
  }
  await writeResult(stdout, checks, undefined, { format: options.json ? 'json' : 'table', fields: undefined, color: false, notice: () => {} })
  return checks.every((c) => c.result === 'pass') ? EXIT.ok : EXIT.failed
}
