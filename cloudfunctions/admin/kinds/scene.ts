import type { SceneRecord } from '@/contracts/admin-records'
import { ActionError } from '../../_shared/action-error'
import { findById } from '../../_shared/db'
import type { RecordKind } from '../record-kind'

/**
 * Store QR scenes (the short id an unlimited code carries → store, staff, channel). A 店长
 * manages their own store's scenes; the channel 'community' makes a 扫码入群 link.
 */
export const sceneKind: RecordKind<SceneRecord> = {
  kind: 'scene',
  collection: 'scenes',
  storeOf: (r) => r.storeId,
  managerMay: { create: true, retire: true },
  searchText: (r) => `${r.label} ${r.channel}`,
  toDoc: ({ id: _id, expiresAt, ...fields }) => ({ ...fields, expiresAt: expiresAt ? new Date(expiresAt) : null }),
  toRecord: (d) => ({
    id: d._id,
    storeId: String(d.storeId),
    staffId: (d.staffId as string | null | undefined) ?? null,
    channel: d.channel as SceneRecord['channel'],
    label: String(d.label ?? d._id),
    campaign: (d.campaign as string | null | undefined) ?? null,
    tags: (d.tags as string[] | undefined) ?? [],
    expiresAt: d.expiresAt ? new Date(d.expiresAt as Date).toISOString() : null,
  }),
  async check(db, record) {
    if (!(await findById(db, 'stores', record.storeId))) throw new ActionError('ADMIN.STORE_NOT_FOUND', '门店不存在')
    const staff = record.staffId ? await findById<{ storeId: string }>(db, 'staff', record.staffId) : null
    if (record.staffId && staff?.storeId !== record.storeId) throw new ActionError('ADMIN.STAFF_NOT_IN_STORE', '该店员不属于此门店')
  },
}
