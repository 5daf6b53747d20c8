/**
 * The per-member limit, enforced by ONE atomic conditional update of the member's own
 * document, never check-then-write: it adds the units and records the requestId only if
 * the member exists, has an allowed tier, has not used this requestId, and stays within
 * the limit. So one member's parallel taps cannot both pass, the tier is checked before
 * any stock is touched, and a replay is recognised. Field: members.flashBuys.<itemId> =
 * { n: units held, r: { <requestId>: orderId } }. An expired or cancelled reservation
 * gives its units back (the order's source returns, see _shared/orders/order-source.ts).
 */
import { tierAllowed } from '@/domain/flashsale'
import type { Db } from '../_shared/db'
import { findById } from '../_shared/db'
import type { MemberDoc } from '../_shared/members'

export const heldField = (itemId: string) => `flashBuys.${itemId}.n`
const requestField = (itemId: string, requestId: string) => `flashBuys.${itemId}.r.${requestId}`

export interface Claim {
  itemId: string
  openid: string
  requestId: string
  quantity: number
  limit: number
  tiers: readonly string[] | null
  orderId: string
}

/** True when the units are claimed for this request. */
export async function claimUnits(db: Db, c: Claim): Promise<boolean> {
  const _ = db.command
  const held = heldField(c.itemId)
  const where = _.and([
    { _id: c.openid, ...(c.tiers?.length ? { tier: _.in([...c.tiers]) } : {}) },
    { [requestField(c.itemId, c.requestId)]: _.exists(false) },
    _.or([{ [held]: _.exists(false) }, { [held]: _.lte(c.limit - c.quantity) }]),
  ])
  const { stats } = await db.collection('members').where(where).update({ data: { [held]: _.inc(c.quantity), [requestField(c.itemId, c.requestId)]: c.orderId } })
  return stats.updated === 1
}

/** Undoes a claim whose reservation did not happen (sold out, or the order write failed). */
export async function unclaimUnits(db: Db, c: Claim): Promise<void> {
  const _ = db.command
  await db.collection('members').doc(c.openid).update({ data: { [heldField(c.itemId)]: _.inc(-c.quantity), [requestField(c.itemId, c.requestId)]: _.remove() } })
}

type FlashBuys = Record<string, { n?: number; r?: Record<string, string> }>

/** Why a claim was refused (read only then): not a member, the order of an earlier identical request, the tier, or the limit. */
export async function whyRefused(db: Db, c: Pick<Claim, 'itemId' | 'openid' | 'requestId' | 'tiers'>) {
  const member = await findById<MemberDoc & { flashBuys?: FlashBuys }>(db, 'members', c.openid)
  if (!member) return { reason: 'not-member' as const }
  const orderId = member.flashBuys?.[c.itemId]?.r?.[c.requestId]
  if (orderId) return { reason: 'replay' as const, orderId }
  if (!tierAllowed(c.tiers, member.tier)) return { reason: 'tier' as const }
  return { reason: 'limit' as const }
}

/** The order an earlier call with this requestId made, if any. */
export async function earlierOrderId(db: Db, itemId: string, openid: string, requestId: string): Promise<string | null> {
  const member = await findById<{ flashBuys?: FlashBuys }>(db, 'members', openid)
  return member?.flashBuys?.[itemId]?.r?.[requestId] ?? null
}

export const unitsHeld = (member: { flashBuys?: FlashBuys } | null, itemId: string): number => member?.flashBuys?.[itemId]?.n ?? 0
