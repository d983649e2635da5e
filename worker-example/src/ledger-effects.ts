// The effect of each AgentRef event on the merchant's ledger: what "processing a webhook" means in
// this example. It only computes the writes; the WebhookInbox applies them together with the
// event's "done" mark, in one atomic write.
import type { WebhookEvent } from 'affiliate-fetch/agentref'

/** Per affiliate, in cents. */
export interface AffiliateTotals {
  conversions: number
  earned: number
  refunded: number
  paid: number
}

export interface PayoutEntry {
  affiliateId: string
  amount: number
  status: string
}

/** Storage writes, key to value. */
export type Writes = Record<string, unknown>

type Read = <T>(key: string) => Promise<T | undefined>

/** An event this ledger can never apply as it stands; the Queue retries it, then dead-letters it. */
export class EffectFailed extends Error {
  override readonly name = 'EffectFailed'
}

function cents(value: unknown, field: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new EffectFailed(`${field} is not a whole, non-negative number of cents`)
  return value as number
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') throw new EffectFailed(`${field} is missing`)
  return value
}

const EMPTY: AffiliateTotals = { conversions: 0, earned: 0, refunded: 0, paid: 0 }

/** The writes `event` makes; `{}` for event types the ledger does not follow. */
export async function effectOf(event: WebhookEvent, read: Read): Promise<Writes> {
  const data = event.data as Record<string, unknown>
  const totals = async (affiliateId: string): Promise<[string, AffiliateTotals]> => {
    const key = `affiliate:${affiliateId}`
    return [key, { ...EMPTY, ...(await read<AffiliateTotals>(key)) }]
  }
  switch (event.type) {
    case 'conversion.created':
    case 'conversion.refunded': {
      const commission = cents(data.commission, 'data.commission')
      const [key, t] = await totals(text(data.affiliateId, 'data.affiliateId'))
      return event.type === 'conversion.created'
        ? { [key]: { ...t, conversions: t.conversions + 1, earned: t.earned + commission } }
        : { [key]: { ...t, refunded: t.refunded + commission } }
    }
    case 'payout.created': {
      const id = text(data.id, 'data.id')
      return { [`payout:${id}`]: { affiliateId: text(data.affiliateId, 'data.affiliateId'), amount: cents(data.amount, 'data.amount'), status: 'pending' } satisfies PayoutEntry }
    }
    case 'payout.processing':
    case 'payout.completed':
    case 'payout.failed': {
      const id = text(data.id, 'data.id')
      // A payout this ledger never booked: `payout.created` may still be on its way (then a retry
      // succeeds), or it was sent before this endpoint existed (then it lands in the dead letters).
      const payout = await read<PayoutEntry>(`payout:${id}`)
      if (!payout) throw new EffectFailed(`payout ${id} is not in the ledger`)
      const writes: Writes = { [`payout:${id}`]: { ...payout, status: event.type.slice('payout.'.length) } }
      if (event.type === 'payout.completed' && payout.status !== 'completed') {
        const [key, t] = await totals(payout.affiliateId)
        writes[key] = { ...t, paid: t.paid + payout.amount }
      }
      return writes
    }
    default:
      return {}
  }
}
