/**
 * Who may use the console, looked up on every call. A chain admin is an active staff
 * document with role 'admin' (how the other functions know admins) or an openid on the
 * function's ADMIN_OPENIDS environment variable (comma-separated; the merchant's list
 * before any staff document exists). A 店长 is an active staff document with role
 * 'manager' (the staff function's role): their own store and its scenes only.
 */
import { ActionError, forbidden } from '../_shared/action-error'
import { findById, type Db } from '../_shared/db'

export type ConsoleCaller = { openid: string; role: 'admin'; storeId: null } | { openid: string; role: 'manager'; storeId: string }

interface StaffRoleDoc {
  role: string
  storeId: string
  active: boolean
}

const adminList = (): string[] => (process.env.ADMIN_OPENIDS ?? '').split(',').map((s) => s.trim()).filter(Boolean)

export async function consoleCaller(db: Db, openid: string): Promise<ConsoleCaller> {
  if (adminList().includes(openid)) return { openid, role: 'admin', storeId: null }
  const staff = await findById<StaffRoleDoc>(db, 'staff', openid)
  if (staff?.active && staff.role === 'admin') return { openid, role: 'admin', storeId: null }
  if (staff?.active && staff.role === 'manager' && staff.storeId) return { openid, role: 'manager', storeId: staff.storeId }
  throw forbidden()
}

/** Chain-wide settings (tiers, points, coupons, campaigns, new stores): admins only. */
export async function chainAdmin(db: Db, openid: string): Promise<ConsoleCaller> {
  const caller = await consoleCaller(db, openid)
  if (caller.role !== 'admin') throw forbidden()
  return caller
}

/** A 店长 acts on their own store only; an admin on any. */
export function requireOwnStore(caller: ConsoleCaller, storeId: string | null | undefined): void {
  if (caller.role === 'manager' && storeId !== caller.storeId) throw new ActionError('ADMIN.OTHER_STORE', '只能管理本门店')
}
