/** Minimal merchant data for function tests: two stores, their staff and QR scenes. */
import type { TestCloud } from './local-cloud'

export const STAFF_A = 'staff-a'
export const STAFF_B = 'staff-b'
export const ADMIN = 'admin-1'

export async function seedStores(db: any): Promise<void> {
  await db.collection('settings').doc('brand').set({ data: { brandId: 'fresh', name: '鲜果会员' } })
  await db.collection('stores').doc('store-a').set({ data: { name: '徐汇店' } })
  await db.collection('stores').doc('store-b').set({ data: { name: '静安店' } })
  await db.collection('staff').doc(STAFF_A).set({ data: { role: 'staff', storeId: 'store-a', name: '小王', active: true } })
  await db.collection('staff').doc(STAFF_B).set({ data: { role: 'staff', storeId: 'store-b', name: '小李', active: true } })
  await db.collection('staff').doc(ADMIN).set({ data: { role: 'admin', storeId: 'store-a', name: '店长', active: true } })
  await db.collection('scenes').doc('sA1').set({ data: { storeId: 'store-a', staffId: STAFF_A, channel: 'counter', campaign: null, tags: ['poster'], enabled: true, expiresAt: null } })
  await db.collection('scenes').doc('sB1').set({ data: { storeId: 'store-b', staffId: STAFF_B, channel: 'counter', campaign: null, tags: [], enabled: true, expiresAt: null } })
  await db.collection('scenes').doc('sOff').set({ data: { storeId: 'store-b', staffId: STAFF_B, channel: 'counter', enabled: false } })
  await db.collection('scenes').doc('sOld').set({ data: { storeId: 'store-b', staffId: STAFF_B, channel: 'counter', enabled: true, expiresAt: new Date('2020-01-01T00:00:00Z') } })
}

let seq = 0
/** A fresh requestId, as the client makes them. */
export const rid = (prefix = 'req') => `${prefix}-${Date.now().toString(36)}-${(seq++).toString(36)}-xyz`

/** Calls `fn.action` as `openid` and returns the envelope. */
export const act = (t: TestCloud, fn: string, openid: string, action: string, payload: Record<string, unknown> = {}) => t.result(fn, openid, { action, ...payload })

export async function join(t: TestCloud, openid: string, scene?: unknown) {
  return act(t, 'member', openid, 'join', { requestId: rid('join'), consent: true, privacyVersion: '2026.1', scene })
}
