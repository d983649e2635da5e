import type { Random } from '../shared/prng.ts'
import type { Affiliate, AffiliateUser, AgentRefState, Conversion, Payout, Program } from './types.ts'

/** State operations shared by the seed, the routes and the sandbox handle. */

export const iso = (ms: number) => new Date(ms).toISOString()

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'program'

export function newProgram(st: AgentRefState, rnd: Random, merchantId: string, input: Partial<Program> & Pick<Program, 'name' | 'commissionType' | 'commissionPercent'>, at = Date.now()): Program {
  const { name, commissionType, commissionPercent, ...rest } = input
  const program: Program = {
    id: rnd.id('prg'),
    merchantId,
    name,
    description: null,
    slug: `${slugify(name)}-${rnd.hex(4)}`,
    website: null,
    landingPageUrl: null,
    portalSlug: null,
    status: 'active',
    marketplaceStatus: 'private',
    applicationAccess: 'open',
    marketplaceCategory: null,
    marketplaceDescription: null,
    marketplaceLogoUrl: null,
    commissionType,
    commissionPercent,
    commissionLimitMonths: null,
    commissionHoldDays: 30,
    cookieDuration: st.merchant.defaultCookieDuration,
    trackingRequiresConsent: null,
    trackingParamAliases: null,
    payoutThreshold: st.merchant.defaultPayoutThreshold,
    currency: 'USD',
    autoApproveAffiliates: false,
    termsUrl: null,
    stripeAccountId: null,
    stripeConnectedAt: null,
    createdAt: iso(at),
    updatedAt: iso(at),
    _epc: 0,
    _conversionRate: 0,
    _scriptInstalled: false,
    ...rest,
  }
  st.programs.set(program.id, program)
  return program
}

/** Programs owned by the sandbox merchant (deleted ones excluded). */
export function merchantPrograms(st: AgentRefState): Program[] {
  return [...st.programs.values()].filter((p) => p.merchantId === st.merchant.id && !p._deleted)
}

export function joinProgram(st: AgentRefState, rnd: Random, user: AffiliateUser, program: Program, source: Affiliate['source'], at = Date.now()): Affiliate {
  const affiliate: Affiliate = {
    id: rnd.id('aff'),
    userId: user.id,
    programId: program.id,
    code: `${user.name.split(' ')[0]?.toLowerCase() ?? 'aff'}${rnd.hex(4)}`,
    status: 'approved',
    totalClicks: 0,
    totalConversions: 0,
    totalEarnings: 0,
    createdAt: iso(at),
    email: user.email,
    name: user.name,
    source,
    blockedReason: null,
  }
  st.affiliates.set(affiliate.id, affiliate)
  return affiliate
}

export function affiliateOf(st: AgentRefState, userId: string, programId: string): Affiliate | undefined {
  return [...st.affiliates.values()].find((a) => a.userId === userId && a.programId === programId)
}

/** What `sandbox.recordConversion` takes: AgentRef has no endpoint that creates conversions. */
export interface ConversionInput {
  /** The program (`prg_…`). */
  programId: string
  /** An affiliate (`aff_…`) in that program. */
  affiliateId: string
  /** Sale amount in minor units (cents). */
  amount: number
  /** Conversion status. Default `pending`. */
  status?: Conversion['status']
  /** How the sale was attributed. Default `cookie`. */
  method?: Conversion['method']
  /** When it happened, Unix ms. Default: now. */
  createdAt?: number
}

export function addConversion(st: AgentRefState, rnd: Random, input: ConversionInput): Conversion {
  const program = st.programs.get(input.programId)
  const affiliate = st.affiliates.get(input.affiliateId)
  if (!program) throw new Error(`Unknown program ${input.programId}`)
  if (!affiliate || affiliate.programId !== program.id) throw new Error(`Affiliate ${input.affiliateId} is not in program ${input.programId}`)
  if (!Number.isInteger(input.amount) || input.amount < 0) throw new Error('amount must be a non-negative integer (minor units)')
  const conversion: Conversion = {
    id: rnd.id('cnv'),
    affiliateId: affiliate.id,
    programId: program.id,
    amount: input.amount,
    commission: Math.round((input.amount * program.commissionPercent) / 100),
    status: input.status ?? 'pending',
    method: input.method ?? 'cookie',
    stripeSessionId: `cs_test_${rnd.hex(24)}`,
    createdAt: iso(input.createdAt ?? Date.now()),
  }
  st.conversions.set(conversion.id, conversion)
  affiliate.totalConversions++
  affiliate.totalEarnings += conversion.commission
  return conversion
}

/** Conversions whose commission is owed and not yet in a payout. */
export function unpaid(st: AgentRefState, affiliateId: string, programId?: string): Conversion[] {
  return [...st.conversions.values()].filter(
    (c) => c.affiliateId === affiliateId && (programId === undefined || c.programId === programId) && !c._payoutId && (c.status === 'pending' || c.status === 'approved' || c.status === 'partially_refunded'),
  )
}

export function addPayout(st: AgentRefState, rnd: Random, input: { affiliateId: string; programId: string; method: string; notes?: string | null; at?: number; status?: Payout['status'] }): Payout {
  const owed = unpaid(st, input.affiliateId, input.programId)
  const at = input.at ?? Date.now()
  const payout: Payout = {
    id: rnd.id('pay'),
    affiliateId: input.affiliateId,
    programId: input.programId,
    amount: owed.reduce((sum, c) => sum + c.commission, 0),
    currency: st.programs.get(input.programId)?.currency ?? 'USD',
    status: input.status ?? 'pending',
    method: input.method,
    notes: input.notes ?? null,
    conversionIds: owed.map((c) => c.id),
    createdAt: iso(at),
    completedAt: input.status === 'completed' ? iso(at + 86_400_000) : null,
  }
  for (const c of owed) c._payoutId = payout.id
  st.payouts.set(payout.id, payout)
  return payout
}

/** Newest first. */
export const byNewest = <T extends { createdAt: string }>(a: T, b: T) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)

export function periodStart(period: string | undefined, now = Date.now()): number {
  const days = period === '7d' ? 7 : period === '30d' ? 30 : period === '90d' ? 90 : undefined
  return days === undefined ? 0 : now - days * 86_400_000
}
