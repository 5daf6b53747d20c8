/** The member record (collection `members`, _id = openid) and who may do what. */
import type { Attribution, TierCode } from '@/domain/member'
import { ActionError, notMember } from './action-error'
import { findById, type Db, type Tx } from './db'

export interface MemberDoc {
  _id: string
  cardNo: string
  joinedAt: Date
  consent: { version: string; at: Date }
  attribution: Attribution | null
  nickname: string
  avatarUrl: string
  phone: string | null
  birthday: string | null
  birthdaySetBy: 'member' | 'staff' | null
  growth: number
  tierGrowth: number
  tier: TierCode
  tierReviewedAt: Date | null
}

export async function requireMember(db: Db | Tx, openid: string): Promise<MemberDoc> {
  const member = await findById<MemberDoc>(db, 'members', openid)
  if (!member) throw notMember()
  return member
}

/** The member holding a card number, or undefined. */
export async function memberByCardNo(db: Db, cardNo: string): Promise<MemberDoc | undefined> {
  return (await db.collection('members').where({ cardNo }).limit(1).get()).data[0] as MemberDoc | undefined
}

export async function requireMemberByCardNo(db: Db, cardNo: string): Promise<MemberDoc> {
  const member = await memberByCardNo(db, cardNo)
  if (!member) throw new ActionError('MEMBER.NOT_FOUND', '未找到该会员')
  return member
}

// Staff seats moved to ./staff; re-exported for the till actions that import them from here.
export { requireStaff, type StaffDoc } from './staff'

export const maskPhone = (phone: string | null): string | null => (phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null)
