import { CHAIN_STATUS_TEXT, effectiveStatus } from '@/domain/groupbuy'
import { type ChainDoc, type LeaderDoc, requireLeader } from '../_shared/groupbuy/chain-docs'
import { tallyOfChain } from './chain-view'
import { findById, type Db } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import { onceOnly, replayOf } from '../_shared/idempotency'
import { requireStaff } from '../_shared/members'
import { approvedLeader, leaderCandidate, writeLeaderScene } from '../_shared/groupbuy/leader-approval'

async function storeName(db: Db, storeId: string): Promise<string> {
  return (await findById<{ name: string }>(db, 'stores', storeId))?.name ?? ''
}

export async function leaderView(db: Db, l: LeaderDoc) {
  return { leaderId: l._id, name: l.name, storeId: l.storeId, storeName: await storeName(db, l.storeId), pickupPoint: l.pickupPoint, commissionBp: l.commissionBp, sceneId: l.sceneId }
}

/**
 * groupbuy.leader.approve (admin): a member becomes a leader for a store, or for a
 * community pickup point served by that store; the rule is the console's
 * (_shared/groupbuy/leader-approval.ts, also behind `admin.leader.create/update`).
 */
export async function approveLeader(input: { requestId: string; cardNo: string; storeId: string; name: string; pickupPoint?: string; commissionBp: number }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const replay = await replayOf<{ leader: Awaited<ReturnType<typeof leaderView>> }>(ctx, 'groupbuy.leader.approve', input.requestId)
  if (replay) return replay.result
  await requireStaff(db, openid, 'admin')
  const candidate = await leaderCandidate(db, input.cardNo, input.storeId)
  return onceOnly(ctx, 'groupbuy.leader.approve', input.requestId, async (tx) => {
    const before = await findById<LeaderDoc>(tx, 'leaders', candidate.member._id)
    const { _id, ...data } = approvedLeader(input, candidate, { openid, now }, before)
    await tx.collection('leaders').doc(_id).set({ data: { ...data, enabled: true } })
    await writeLeaderScene(tx, data)
    return { leader: { leaderId: _id, name: data.name, storeId: data.storeId, storeName: candidate.storeName, pickupPoint: data.pickupPoint, commissionBp: data.commissionBp, sceneId: data.sceneId } }
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
