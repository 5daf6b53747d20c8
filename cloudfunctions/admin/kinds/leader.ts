import type { LeaderRecord } from '@/contracts/admin-records'
import { approvedLeader, leaderCandidate, writeLeaderScene, type LeaderCandidate } from '../../_shared/groupbuy/leader-approval'
import type { LeaderDoc } from '../../_shared/groupbuy/chain-docs'
import { memberByCardNo } from '../../_shared/members'
import type { RecordKind, WriteContext } from '../record-kind'

type Facts = LeaderCandidate & WriteContext

/**
 * Group-buy leaders, named by card number in the console (stored by openid). A 店长
 * approves and retires their own store's leaders. Retiring makes the leader inactive
 * (every leader action looks them up again) and disables their scene; approving them
 * again (leader.create) makes them active with their commission totals kept.
 */
export const leaderKind: RecordKind<LeaderRecord, Facts> = {
  kind: 'leader',
  collection: 'leaders',
  storeOf: (r) => r.storeId,
  managerMay: { create: true, retire: true },
  searchText: (r) => `${r.id} ${r.name} ${r.pickupPoint}`,
  docIdOf: async (db, cardNo) => (await memberByCardNo(db, cardNo))?._id ?? null,
  check: async (db, record, ctx) => ({ ...(await leaderCandidate(db, record.id, record.storeId)), ...ctx }),
  toDoc(record, before, facts) {
    const { _id, ...doc } = approvedLeader({ ...record, cardNo: record.id }, facts, facts, before as Partial<LeaderDoc> | null)
    return doc
  },
  alsoWrite: (tx, after) => writeLeaderScene(tx, after as unknown as LeaderDoc & { enabled?: boolean }),
  retiredFields: { active: false },
  recreatable: true,
  toRecord: (d) => ({ id: String(d.cardNo), storeId: String(d.storeId), name: String(d.name ?? ''), pickupPoint: String(d.pickupPoint ?? ''), commissionBp: Number(d.commissionBp ?? 0) }),
}
