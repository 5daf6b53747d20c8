import { CHAIN_STATUS_TEXT, effectiveStatus } from '@/domain/groupbuy'
import { ActionError } from '../_shared/action-error'
import { type ChainDoc, type LeaderDoc, requireLeader } from '../_shared/groupbuy/chain-docs'
import { tallyOfChain } from './chain-view'
import { findById, type Db } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import { onceOnly, replayOf } from '../_shared/idempotency'
import { memberByCardNo, requireStaff } from '../_shared/members'

async function storeName(db: Db, storeId: string): Promise<string> {
  return (await findById<{ name: string }>(db, 'stores', storeId))?.name ?? ''
}

export async function leaderView(db: Db, l: LeaderDoc) {
  return { leaderId: l._id, name: l.name, storeId: l.storeId, storeName: await storeName(db, l.storeId), pickupPoint: l.pickupPoint, commissionBp: l.commissionBp, sceneId: l.sceneId }
}

/**
 * groupbuy.leader.approve (admin): a member becomes a leader for a store, or for a
 * community pickup point served by that store. The leader gets a scene of channel
 * 'groupbuy' at that store: a newcomer who joins from one of their chains is attributed
 * to them through the first-touch rule. Approving again updates the terms.
 */
export async function approveLeader(input: { requestId: string; cardNo: string; storeId: string; name: string; pickupPoint?: string; commissionBp: number }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const replay = await replayOf<{ leader: Awaited<ReturnType<typeof leaderView>> }>(ctx, 'groupbuy.leader.approve', input.requestId)
  if (replay) return replay.result
  await requireStaff(db, openid, 'admin')
  const member = await memberByCardNo(db, input.cardNo)
  if (!member) throw new ActionError('MEMBER.NOT_FOUND', '未找到该会员')
  const store = await storeName(db, input.storeId)
  if (!store) throw new ActionError('GROUPBUY.STORE_NOT_FOUND', '门店不存在')
  const sceneId = `gb-${member.cardNo}`
  return onceOnly(ctx, 'groupbuy.leader.approve', input.requestId, async (tx) => {
    const before = await findById<LeaderDoc>(tx, 'leaders', member._id)
    const leader: LeaderDoc = {
      _id: member._id,
      cardNo: member.cardNo,
      name: input.name,
      storeId: input.storeId,
      pickupPoint: input.pickupPoint ?? store,
      commissionBp: input.commissionBp,
      sceneId,
      active: true,
      approvedBy: openid,
      approvedAt: now,
      commissionEarnedFen: before?.commissionEarnedFen ?? 0,
      commissionReversedFen: before?.commissionReversedFen ?? 0,
    }
    const { _id, ...data } = leader
    await tx.collection('leaders').doc(_id).set({ data })
    await tx.collection('scenes').doc(sceneId).set({ data: { storeId: input.storeId, staffId: null, channel: 'groupbuy', campaign: null, tags: ['团长'], enabled: true, expiresAt: null } })
    return { leader: { leaderId: _id, name: leader.name, storeId: leader.storeId, storeName: store, pickupPoint: leader.pickupPoint, commissionBp: leader.commissionBp, sceneId } }
  })
}

/** groupbuy.leader.home (leader): their chains, newest first, with participants, money and commission (the chains' running totals). */
export async function leaderHome(_input: unknown, { db, openid, now }: ActionContext) {
  const leader = await requireLeader(db, openid)
  const chains = (await db.collection('chains').where({ leaderId: openid }).orderBy('createdAt', 'desc').limit(50).get()).data as ChainDoc[]
  const tallies = await Promise.all(chains.map((c) => tallyOfChain(db, c)))
  const items = chains.map((c, i) => {
    const status = effectiveStatus(c, now)
    return {
      chainId: c._id,
      title: c.title,
      status,
      statusText: CHAIN_STATUS_TEXT[status],
      deadline: new Date(c.deadline).toISOString(),
      participants: tallies[i].participants,
      amountFen: tallies[i].amountFen,
      commissionFen: tallies[i].commissionFen,
    }
  })
  const earnedFen = leader.commissionEarnedFen
  const reversedFen = leader.commissionReversedFen
  return { leader: await leaderView(db, leader), chains: items, commission: { earnedFen, reversedFen, netFen: earnedFen - reversedFen } }
}
