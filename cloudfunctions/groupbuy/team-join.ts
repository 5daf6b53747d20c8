import { checkTeamJoinable, checkTeamQuantity } from '@/domain/groupbuy'
import { unwrap } from '../_shared/action-error'
import { findById } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import { replayOf } from '../_shared/idempotency'
import { requireMember } from '../_shared/members'
import type { OrderDoc } from '../_shared/orders/order-doc'
import type { SkuDoc } from '../_shared/stock'
import { requireTeam, teamMemberId, teamRefusal, type TeamMemberDoc } from '../_shared/groupbuy/team-docs'
import { placeTeamOrder, type PlacedTeamOrder } from './team-order'

/**
 * groupbuy.team.join (member): an unpaid order for a seat of a forming team. One live
 * join per member and team (an expired or cancelled one may be made again); the seat
 * itself is taken only when the order is paid (see _shared/groupbuy/team-seat.ts).
 */
export async function joinTeam(input: { requestId: string; teamId: string; quantity: number }, ctx: ActionContext): Promise<PlacedTeamOrder> {
  const { db, openid, now } = ctx
  const replay = await replayOf<PlacedTeamOrder>(ctx, 'groupbuy.team.join', input.requestId)
  if (replay) return replay.result
  await requireMember(db, openid)
  const team = await requireTeam(db, input.teamId)
  unwrap(checkTeamJoinable(team, openid, now))
  unwrap(checkTeamQuantity(input.quantity, team.perMemberLimit))
  const sku = await findById<SkuDoc>(db, 'skus', team.skuId)
  if (!sku) throw teamRefusal('OFFER_NOT_FOUND')
  return placeTeamOrder(ctx, 'groupbuy.team.join', input, team, sku.category, async (tx) => {
    const joined = await findById<TeamMemberDoc>(tx, 'team_members', teamMemberId(team._id, openid))
    const order = joined && (await findById<OrderDoc>(tx, 'orders', joined.orderId))
    if (order && order.status !== 'cancelled') throw teamRefusal('ALREADY_IN')
  })
}
