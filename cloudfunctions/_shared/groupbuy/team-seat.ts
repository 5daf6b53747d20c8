/**
 * A team order paid: in the payment's own transaction (the orders module's source hook)
 * the team document is read and written with the seat, so two payments for the last
 * seat conflict and one re-runs, seeing the team full: exactly N seats, never N + 1. A
 * payment that finds no seat has its order refunded in full in the same transaction
 * (the payment callback sends the refund once the transaction has committed).
 */
import { maskName, seatOnPayment } from '@/domain/groupbuy'
import { findById, type Db, type Tx } from '../db'
import { refundInFullInTx } from '../orders/merchant-refund'
import type { OrderDoc } from '../orders/order-doc'
import type { TeamDoc } from './team-docs'

export async function onTeamOrderPaidInTx(tx: Tx, order: OrderDoc): Promise<OrderDoc> {
  const teamId = order.source?.refId ?? ''
  const team = await findById<TeamDoc>(tx, 'teams', teamId)
  const paidAt = order.paidAt ?? new Date()
  const decided = team ? seatOnPayment(team, { memberId: order.memberId, orderId: order._id, paidAt }) : { kind: 'refund' as const, reason: '该团不存在，已自动退款' }
  if (decided.kind === 'refund') return (await refundInFullInTx(tx, order, decided.reason, 'system', paidAt)).order
  if (!team || decided.seats.length === team.seats.length) return order
  const member = await findById<{ nickname?: string; cardNo: string; avatarUrl?: string }>(tx, 'members', order.memberId)
  const name = maskName(member?.nickname || `会员${member?.cardNo.slice(-4) ?? ''}`)
  const seats = decided.seats.map((s) => (s.orderId === order._id ? { ...s, name, avatarUrl: member?.avatarUrl ?? '' } : s))
  await tx.collection('teams').doc(team._id).update({ data: { seats, status: decided.status, succeededAt: decided.status === 'succeeded' ? paidAt : null } })
  return order
}

/** A team order's goods wait for the team: 「拼团未成功，暂不能提货」 until it has succeeded. */
export async function teamPickupRefusal(db: Db | Tx, order: OrderDoc): Promise<string | null> {
  const team = await findById<TeamDoc>(db, 'teams', order.source?.refId ?? '')
  return team?.status === 'succeeded' ? null : '拼团未成功，暂不能提货'
}
