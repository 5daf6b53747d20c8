/** Staff test support: a 店长 for store A, invites made and opened through the staff function. */
import type { TestCloud } from './local-cloud'
import { ADMIN, act, rid } from './fixtures'

export const MANAGER_A = 'manager-a'

export async function seedManager(db: any): Promise<void> {
  await db.collection('staff').doc(MANAGER_A).set({ data: { role: 'manager', storeId: 'store-a', name: '店长老周', active: true } })
}

/** An invite made by `by` (default the admin) for a store; returns its code. */
export async function makeInvite(t: TestCloud, storeId: string, by = ADMIN, role: 'staff' | 'manager' = 'staff'): Promise<string> {
  const reply = await act(t, 'staff', by, 'invite', { requestId: rid('inv'), storeId, role })
  if (!reply.ok) throw new Error(`invite failed: ${JSON.stringify(reply)}`)
  return reply.data.code
}

export const bindAs = (t: TestCloud, openid: string, code: string, name = '新店员') => act(t, 'staff', openid, 'bind', { requestId: rid('bind'), code, name })

/** The number of documents in a collection, for "nothing changed" checks. */
export const countOf = async (t: TestCloud, coll: string): Promise<number> => (await t.db.collection(coll).count()).total
