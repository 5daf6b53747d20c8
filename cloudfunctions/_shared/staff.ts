/**
 * Staff seats (collection `staff`, _id = openid) and the one check every staff action
 * makes: the caller is bound, active staff of the store the action is for. A caller who
 * is not — never bound, unbound, of another store, or of too low a role — gets the same
 * answer, COMMON.FORBIDDEN, so a refusal reveals nothing about the seat.
 */
import { mayActFor, type StaffRole } from '@/domain/staff'
import { forbidden } from './action-error'
import { findById, type Db, type Tx } from './db'

export interface StaffDoc {
  _id: string
  role: StaffRole
  storeId: string
  name: string
  active: boolean
  boundAt?: Date
  inviteCode?: string
}

export interface StaffNeed {
  /** At least this role (default 店员). */
  role?: StaffRole
  /** The store the action is for; omitted = the caller's own store (the till). */
  storeId?: string
}

/** Roles are looked up on every call; nothing the client sends can grant one. */
export async function requireStaff(db: Db | Tx, openid: string, need: StaffRole | StaffNeed = 'staff'): Promise<StaffDoc> {
  const staff = await findById<StaffDoc>(db, 'staff', openid)
  if (!staff || !mayActFor(staff, typeof need === 'string' ? { role: need } : need)) throw forbidden()
  return staff
}

/** An audit record of a change to who is staff (or of a reversal): who, when, what. */
export async function audit(tx: Tx, entry: { actor: string; action: 'invite' | 'bind' | 'unbind' | 'reverse'; storeId: string; target: string; detail?: Record<string, unknown>; now: Date }): Promise<void> {
  await tx.collection('staff_audit').add({ data: { actor: entry.actor, action: entry.action, storeId: entry.storeId, target: entry.target, detail: entry.detail ?? {}, at: entry.now } })
}

export async function storeName(db: Db | Tx, storeId: string): Promise<string> {
  return (await findById<{ name: string }>(db, 'stores', storeId))?.name ?? storeId
}
