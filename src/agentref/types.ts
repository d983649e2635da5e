/** Pagination meta of AgentRef list endpoints (wire names, camelCase). */
export interface PaginationMeta {
  total: number
  page: number
  pageSize: number
  hasMore: boolean
  nextCursor?: string
  requestId?: string
}

/** A page of a paginated list: `data` plus its `meta`. */
export interface Page<T> {
  data: T[]
  meta: PaginationMeta
}

/** The PAGE query parameters every paginated endpoint accepts. */
export interface PageParams {
  cursor?: string
  limit?: number
  page?: number
  pageSize?: number
  offset?: number
}

export type CommissionType = 'one_time' | 'recurring' | 'recurring_limited'
export type ProgramStatus = 'active' | 'paused' | 'archived'
export type ProgramMarketplaceStatus = 'private' | 'draft' | 'public'
export type ProgramApplicationAccess = 'open' | 'invite_only'
export type ProgramReadiness = 'setup' | 'partial' | 'ready'

export interface Program {
  id: string
  merchantId: string
  name: string
  description: string | null
  slug: string
  website: string | null
  landingPageUrl: string | null
  portalSlug: string | null
  status: ProgramStatus
  marketplaceStatus: ProgramMarketplaceStatus
  applicationAccess?: ProgramApplicationAccess
  marketplaceCategory: string | null
  marketplaceDescription: string | null
  marketplaceLogoUrl: string | null
  commissionType: CommissionType
  commissionPercent: number
  commissionLimitMonths: number | null
  commissionHoldDays: number
  cookieDuration: number
  trackingRequiresConsent: boolean | null
  trackingParamAliases: string[] | null
  payoutThreshold: number
  currency: string
  autoApproveAffiliates: boolean
  termsUrl: string | null
  stripeAccountId: string | null
  stripeConnectedAt: string | null
  createdAt: string
  updatedAt: string
}

export interface ProgramDetail extends Program {
  readiness: ProgramReadiness
}

export type PayoutMethod = 'paypal' | 'bank_transfer'
