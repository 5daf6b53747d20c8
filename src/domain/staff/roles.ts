/**
 * Who is who in a store. 店员 (staff) work the till; a 店长 (manager) also invites and
 * unbinds the staff of their own store and reverses till awards; an admin (headquarters)
 * may do all of that for every store.
 */
export type StaffRole = 'staff' | 'manager' | 'admin'

export const ROLE_NAMES: Record<StaffRole, string> = { staff: '店员', manager: '店长', admin: '总部管理员' }

const RANK: Record<StaffRole, number> = { staff: 1, manager: 2, admin: 3 }

export interface StaffSeat {
  role: StaffRole
  storeId: string
  active: boolean
}

/**
 * May this seat act for `storeId` with at least `role`? Bound and active first; an admin
 * acts for every store, everyone else only for their own.
 */
export function mayActFor(seat: StaffSeat | null | undefined, need: { role?: StaffRole; storeId?: string } = {}): boolean {
  if (!seat || !seat.active) return false
  if (RANK[seat.role] < RANK[need.role ?? 'staff']) return false
  return seat.role === 'admin' || need.storeId === undefined || seat.storeId === need.storeId
}

/** Which roles a seat may hand out by invite: a manager only 店员, an admin any store role. */
export const mayInvite = (inviter: StaffRole, role: StaffRole): boolean =>
  role !== 'admin' && (inviter === 'admin' || (inviter === 'manager' && role === 'staff'))

/** A manager unbinds 店员 of their store (not themselves, not other managers); an admin anyone but an admin. */
export const mayUnbind = (actor: StaffRole, target: StaffRole): boolean => target !== 'admin' && (actor === 'admin' || (actor === 'manager' && target === 'staff'))
