/**
 * Staff binding's shared writes: the audit trail and store names. The seat itself and
 * the one check every staff action makes (requireStaff) live with the member record in
 * ./members, where the till actions already import them; re-exported here.
 */
import { findById, type Db, type Tx } from './db'

export { requireStaff, type StaffDoc, type StaffNeed } from './members'

/** An audit record of a change to who is staff (or of a reversal): who, when, what. */
export async function audit(tx: Tx, entry: { actor: string; action: 'invite' | 'bind' | 'unbind' | 'reverse'; storeId: string; target: string; detail?: Record<string, unknown>; now: Date }): Promise<void> {
  await tx.collection('staff_audit').add({ data: { actor: entry.actor, action: entry.action, storeId: entry.storeId, target: entry.target, detail: entry.detail ?? {}, at: entry.now } })
}

export async function storeName(db: Db | Tx, storeId: string): Promise<string> {
  return (await findById<{ name: string }>(db, 'stores', storeId))?.name ?? storeId
}
