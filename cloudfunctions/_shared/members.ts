/** The member record (collection `members`, _id = openid) and who may do what. */
import type { Attribution, TierCode } from '@/domain/member'
import { mayActFor, type StaffRole } from '@/domain/staff'
import { ActionError, forbidden, notMember } from './action-error'
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

export interface StaffDoc {
  _id: string
  /** 店员 (staff), 店长 (manager) or 总部管理员 (admin): see domain/staff/roles. */
  role: StaffRole
  storeId: string
  name: string
  active: boolean
}

/** What a staff action needs: at least this role (default 店员), for this store (default: the caller's own). */
export interface StaffNeed {
  role?: StaffRole
  storeId?: string
}

/**
 * Roles are looked up on every call; nothing the client sends can grant one. The caller
 * must be bound, active staff of the store the action is for (an admin: any store); any
 * other caller (never bound, unbound, another store, too low a role) gets the same
 * COMMON.FORBIDDEN, so a refusal reveals nothing about the seat.
 */
export async function requireStaff(db: Db | Tx, openid: string, need: StaffRole | StaffNeed = 'staff'): Promise<StaffDoc> {
  const staff = await findById<StaffDoc>(db, 'staff', openid)
  if (!staff || !mayActFor(staff, typeof need === 'string' ? { role: need } : need)) throw forbidden()
  return staff
}

/**
 * Staff serve other people's member accounts: a cashier who awards points to, gives
 * coupons to or redeems coupons for their own account (member _id = openid = staff _id)
 * is refused, whoever's phone shows the code.
 */
export function refuseOwnAccount(staff: StaffDoc, memberId: string): void {
  if (staff._id === memberId) throw new ActionError('STAFF.OWN_ACCOUNT', '不能为自己的会员账户办理，请由其他店员操作')
}

export const maskPhone = (phone: string | null): string | null => (phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null)
