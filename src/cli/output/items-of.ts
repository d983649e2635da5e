import type { Command } from '../command-table.ts'

// The list fields of AgentClick and Agentries pages (AgentRef pages are `{ data, meta }`).
const LIST_KEYS = ['data', 'programs', 'partnerships', 'payouts', 'notifications', 'referrals', 'codes']

/** The items of a result that is a list (an array, or a page around one), else `undefined`. */
export function itemsOf(result: unknown, command?: Command): unknown[] | undefined {
  if (Array.isArray(result)) return result
  if (result === null || typeof result !== 'object') return undefined
  const record = result as Record<string, unknown>
  const key = LIST_KEYS.find((k) => Array.isArray(record[k]))
  if (key !== undefined && (command?.pages !== undefined || key === 'data' || Object.values(record).filter(Array.isArray).length === 1)) return record[key] as unknown[]
  return undefined
}
