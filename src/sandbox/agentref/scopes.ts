/** The documented scopes of each key type (the onboarding list is the sandbox's own naming). */
const SCOPES = {
  merchant: ['merchant:read', 'merchant:manage', 'programs:read', 'programs:write', 'affiliates:read', 'affiliates:manage', 'conversions:read', 'payouts:read', 'payouts:write', 'stats:read', 'billing:read', 'billing:write', 'flags:read', 'flags:write', 'webhooks:read', 'webhooks:write', 'invites:claim'],
  affiliate: ['profile:read', 'profile:write', 'links:read', 'links:write', 'earnings:read', 'conversions:read', 'payouts:read', 'stats:read', 'marketplace:read', 'marketplace:apply'],
  onboarding: ['onboarding:write', 'programs:create', 'programs:connect_stripe'],
} as const

export const scopesFor = (type: keyof typeof SCOPES): string[] => [...SCOPES[type]]
