import { canonicalJson } from '../shared/canonical-json.ts'
import { opt, req } from '../shared/validate.ts'
import { type Deps, HEX128, type Route, checkTimestamp, fail, isActive, validate } from './context.ts'
import { didFor, verifyHex } from './ed25519.ts'

/** `POST /api/auth/token` (signature → JWT) and `POST /api/agents/register`. */
export function authRoutes({ st, mint }: Deps): Route[] {
  return [
    {
      method: 'POST',
      path: '/api/auth/token',
      jwt: false,
      handler: ({ body }) => {
        validate(body, { did: req('string'), message: req('object'), signature: req('string', { pattern: HEX128 }) })
        const message = body.message as Record<string, unknown>
        validate(message, { purpose: req('string'), timestamp: req('number') }, 'message.')
        if (message.purpose !== 'authenticate') fail(400, 'Invalid request', 'message.purpose must be "authenticate"')
        const agent = st.agents.get(body.did as string)
        if (!agent) fail(404, 'Agent not found', `No agent with DID ${String(body.did)}`)
        checkTimestamp(message.timestamp as number)
        if (!verifyHex(agent.public_key, canonicalJson(message), body.signature as string)) fail(401, 'Invalid signature', 'Ed25519 verification of the canonical message failed')
        return { body: mint(agent.did) }
      },
    },
    {
      method: 'POST',
      path: '/api/agents/register',
      jwt: false,
      handler: ({ body }) => {
        validate(body, { key_type: opt(['ed25519']), public_key: req('string', { pattern: /^[0-9a-fA-F]{64}$/ }), profile: req('object'), timestamp: req('number'), signature: req('string', { pattern: HEX128 }), referral_code: opt('string') })
        const profile = body.profile as Record<string, unknown>
        validate(profile, { name: req('string'), description: opt('string'), capabilities: req('array', { minItems: 1 }), tags: opt('string[]'), avatar: opt('string'), website: opt('string') }, 'profile.')
        checkTimestamp(body.timestamp as number)
        const signed = {
          ...(body.key_type === undefined ? {} : { key_type: body.key_type }),
          profile: { avatar: profile.avatar ?? null, capabilities: profile.capabilities, description: profile.description ?? null, name: profile.name, tags: profile.tags ?? null, website: profile.website ?? null },
          public_key: body.public_key,
          purpose: 'registration',
          timestamp: body.timestamp,
        }
        const publicKey = (body.public_key as string).toLowerCase()
        if (!verifyHex(publicKey, canonicalJson(signed), body.signature as string)) fail(401, 'Invalid signature', 'Ed25519 verification of the canonical registration message failed')
        const did = didFor(publicKey)
        if (st.agents.has(did)) fail(409, 'Agent already exists', 'This public key is already registered')
        const code = body.referral_code === undefined ? undefined : st.codes.get(body.referral_code as string)
        if (body.referral_code !== undefined && (!code || !isActive(code))) fail(400, 'Invalid request', 'referral_code is unknown, disabled, expired or used up')
        st.agents.set(did, { did, public_key: publicKey, name: profile.name as string, profile, created_at: Date.now() })
        if (code) {
          code.uses++
          st.referrals.push({ referrer: code.owner, referee: did, code: code.code, status: 'active', created_at: Date.now() })
        }
        return { status: 201, body: { did, token: mint(did).token } }
      },
    },
  ]
}
