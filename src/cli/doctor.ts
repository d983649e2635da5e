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
import { CredentialMissing } from './usage-error.ts'

interface Check {
  provider: Provider
  check: string
  result: 'pass' | 'fail'
  detail: string
}

/** Largest clock difference to the server that signed tokens and rate-limit resets tolerate well. */
const MAX_SKEW_S = 60

/**
 * What the credential is, never what it holds: its kind, or why it is not one. The clients check
 * the forms they know (AgentClick's key, an Agentries DID and seed) when they are created.
 */
function credentialKind(provider: Provider, env: CliIo['env'], sandbox: boolean): [boolean, string] {
  if (sandbox) return [true, 'sandbox demo credential']
  const v = (name: string) => env[name]?.trim() ?? ''
  if (provider === 'agentref') {
    // The client takes any key (the server decides what it may do); its prefix says its kind.
    const kind = /^ak_(live|aff|onb)_\w+$/.exec(v('AGENTREF_API_KEY'))?.[1]
    return kind ? [true, `${{ live: 'merchant', aff: 'affiliate', onb: 'onboarding' }[kind]} key in AGENTREF_API_KEY`] : [false, 'AGENTREF_API_KEY is not an AgentRef key (merchant, affiliate or onboarding prefix, then letters and digits)']
  }
  if (provider === 'agentclick') return [true, 'API key in AGENTCLICK_API_KEY']
  if (v('AGENTRIES_TOKEN')) return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(v('AGENTRIES_TOKEN')) ? [true, 'JWT in AGENTRIES_TOKEN'] : [false, 'AGENTRIES_TOKEN is not a JWT (three base64url parts)']
  return [true, 'DID and Ed25519 seed in AGENTRIES_DID, AGENTRIES_PRIVATE_KEY']
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
    const [kindOk, kind] = credentialKind(provider, io.env, Boolean(options.sandbox))
    let target: Target
    try {
      target = await targetFor(provider, undefined, io, { sandbox: options.sandbox })
    } catch (error) {
      // The client refused the credential's form (exit 4's reason) or the base URL.
      const credential = error instanceof CredentialMissing
      add(provider, 'credential', kindOk && !credential, credential ? failureLine(failureOf(error, 0)) : kind)
      if (!credential) add(provider, 'base URL', false, failureLine(failureOf(error, 0)))
      continue
    }
    add(provider, 'credential', kindOk, kind)
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
