import { randomInt } from 'node:crypto'
import { checkTeamQuantity, teamDeadline } from '@/domain/groupbuy'
import { unwrap } from '../_shared/action-error'
import { findById } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import { replayOf } from '../_shared/idempotency'
import { requireMember } from '../_shared/members'
import type { SkuDoc } from '../_shared/stock'
import { requireOffer, teamRefusal, type TeamDoc } from '../_shared/groupbuy/team-docs'
import { placeTeamOrder, type PlacedTeamOrder } from './team-order'

const newTeamId = (now: Date) => `t${now.getTime().toString(36)}${randomInt(0, 36 ** 4).toString(36).padStart(4, '0')}`

/**
 * groupbuy.team.open (member): a new team of an offer, picking up at one of the offer's
 * stores, and the opener's unpaid order; the opener's seat counts when paid, like anyone's.
 */
export async function openTeam(input: { requestId: string; offerId: string; storeId: string; quantity: number }, ctx: ActionContext): Promise<PlacedTeamOrder> {
  const { db, openid, now } = ctx
  const replay = await replayOf<PlacedTeamOrder>(ctx, 'groupbuy.team.open', input.requestId)
  if (replay) return replay.result
  await requireMember(db, openid)
  const offer = await requireOffer(db, input.offerId)
  if (!offer.storeIds.includes(input.storeId)) throw teamRefusal('BAD_STORE')
  unwrap(checkTeamQuantity(input.quantity, offer.perMemberLimit))
  const sku = await findById<SkuDoc>(db, 'skus', offer.skuId)
  if (!sku) throw teamRefusal('OFFER_NOT_FOUND')
  const team: TeamDoc = {
    _id: newTeamId(now),
    offerId: offer._id,
    productId: offer.productId,
    skuId: offer.skuId,
    name: offer.name,
    unit: offer.unit,
    image: offer.image,
    listPriceFen: offer.listPriceFen,
    priceFen: offer.teamPriceFen,
    size: offer.size,
    perMemberLimit: offer.perMemberLimit,
    storeId: input.storeId,
    openerId: openid,
    openedAt: now,
    deadline: teamDeadline(now, offer.windowHours),
    status: 'forming',
    seats: [],
    succeededAt: null,
    failedAt: null,
    requestId: input.requestId,
  }
  return placeTeamOrder(ctx, 'groupbuy.team.open', input, team, sku.category, async (tx) => {
    const { _id, ...data } = team
    await tx.collection('teams').add({ data: { _id, ...data } })
  })
}
