import type { StoreRecord } from '@/contracts/admin-records'

export interface StoreForm {
  id: string
  name: string
  address: string
  phone: string
}

export const EMPTY_STORE_FORM: StoreForm = { id: '', name: '', address: '', phone: '' }

/** Chinese messages by field; empty when the form can be sent. */
export function storeFormErrors(f: StoreForm): Partial<Record<keyof StoreForm, string>> {
  const e: Partial<Record<keyof StoreForm, string>> = {}
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(f.id)) e.id = '编号为 1–64 位字母、数字、- 或 _'
  if (!f.name.trim() || f.name.length > 30) e.name = '请填写门店名称（30 字以内）'
  if (f.address.length > 120) e.address = '地址不超过 120 字'
  if (f.phone && !/^[0-9-]{7,20}$/.test(f.phone)) e.phone = '电话为 7–20 位数字或 -'
  return e
}

export const storeRecordOf = (f: StoreForm): StoreRecord => ({ id: f.id, name: f.name.trim(), address: f.address.trim(), ...(f.phone ? { phone: f.phone } : {}) })

export const storeFormOf = (r: StoreRecord): StoreForm => ({ id: r.id, name: r.name, address: r.address, phone: r.phone ?? '' })
