/**
 * Approving a member as a group-buy leader (团长), one rule for the console
 * (`admin.leader.*`) and `groupbuy.leader.approve`: the member is found by card number,
 * the store must exist, and the leader gets a scene `gb-<cardNo>` of channel 'groupbuy'
 * at that store, enabled while the leader is active, so a newcomer who joins from one of
 * their chains is attributed to them by the first-touch rule. Approving again updates the
 * terms and keeps the commission totals.
 */
import { ActionError } from '../action-error'
import { findById, type Db, type Tx } from '../db'
import { memberByCardNo, type MemberDoc } from '../members'
import type { LeaderDoc } from './chain-docs'

export interface LeaderTerms {
  cardNo: string
  storeId: string
  name: string
  /** The store's name when absent. */
  pickupPoint?: string
  commissionBp: number
}

export interface LeaderCandidate {
  member: MemberDoc
  storeName: string
}

export const leaderSceneId = (cardNo: string) => `gb-${cardNo}`

/** The member and the store of an approval, or MEMBER.NOT_FOUND / GROUPBUY.STORE_NOT_FOUND. */
export async function leaderCandidate(db: Db, cardNo: string, storeId: string): Promise<LeaderCandidate> {
  const member = await memberByCardNo(db, cardNo)
  if (!member) throw new ActionError('MEMBER.NOT_FOUND', '未找到该会员')
  const store = await findById<{ name: string }>(db, 'stores', storeId)
  if (!store) throw new ActionError('GROUPBUY.STORE_NOT_FOUND', '门店不存在')
  return { member, storeName: store.name ?? '' }
}

/** The leader document of an approval; a re-approval keeps the first approval and the commission totals. */
export function approvedLeader(terms: LeaderTerms, candidate: LeaderCandidate, by: { openid: string; now: Date }, before: Partial<LeaderDoc> | null): LeaderDoc {
  return {
    _id: candidate.member._id,
    cardNo: candidate.member.cardNo,
    name: terms.name,
    storeId: terms.storeId,
    pickupPoint: terms.pickupPoint ?? candidate.storeName,
    commissionBp: terms.commissionBp,
    sceneId: leaderSceneId(candidate.member.cardNo),
    active: true,
    approvedBy: before?.approvedBy ?? by.openid,
    approvedAt: before?.approvedAt ?? by.now,
    commissionEarnedFen: before?.commissionEarnedFen ?? 0,
    commissionReversedFen: before?.commissionReversedFen ?? 0,
  }
}

/** The leader's scene, in the transaction that writes the leader: enabled while the leader is active. */
export async function writeLeaderScene(tx: Tx, leader: Pick<LeaderDoc, 'sceneId' | 'storeId' | 'active'> & { enabled?: boolean }): Promise<void> {
  const enabled = leader.active && leader.enabled !== false
  await tx.collection('scenes').doc(leader.sceneId).set({ data: { storeId: leader.storeId, staffId: null, channel: 'groupbuy', campaign: null, tags: ['团长'], enabled, expiresAt: null } })
}
