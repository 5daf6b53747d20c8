import type { FlashItemRecord } from '@/contracts/admin-records'
import { fenOf, ID, idList, wholeIn, YUAN } from './form-numbers'

/** 新建秒杀 as typed: one SKU in one session (a day and a slot), money in yuan. */
export interface FlashForm {
  id: string
  day: string
  start: string
  skuId: string
  flashPriceYuan: string
  stock: string
  shards: string
  limit: string
  storeIds: string
}

export const EMPTY_FLASH_FORM: FlashForm = { id: '', day: '', start: '10:00', skuId: '', flashPriceYuan: '', stock: '100', shards: '1', limit: '1', storeIds: '' }

/** Chinese messages by field; empty when the form can be sent. */
export function flashFormErrors(f: FlashForm): Partial<Record<keyof FlashForm, string>> {
  const e: Partial<Record<keyof FlashForm, string>> = {}
  if (!ID.test(f.id)) e.id = '编号为 1–64 位字母、数字、- 或 _'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(f.day)) e.day = '日期格式为 2026-12-01'
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(f.start)) e.start = '开始时间格式为 10:00'
  if (!ID.test(f.skuId)) e.skuId = '请填写商品规格编号'
  if (!(YUAN.test(f.flashPriceYuan) && fenOf(f.flashPriceYuan) >= 1)) e.flashPriceYuan = '请填写秒杀价，至少 0.01 元'
  if (!wholeIn(f.stock, 1, 1_000_000)) e.stock = '秒杀库存为 1–1000000 的整数'
  if (!wholeIn(f.shards, 1, 64)) e.shards = '分片数为 1–64，热门商品可多分几片'
  if (!wholeIn(f.limit, 1, 99)) e.limit = '每人限购 1–99 件'
  if (!idList(f.storeIds).length || idList(f.storeIds).some((id) => !ID.test(id))) e.storeIds = '请填写自提门店编号，逗号分隔'
  return e
}

/** The record the admin function takes, from a form without errors: money in fen. */
export const flashRecordOf = (f: FlashForm): FlashItemRecord => ({
  id: f.id,
  day: f.day,
  start: f.start,
  skuId: f.skuId,
  flashPriceFen: fenOf(f.flashPriceYuan),
  stock: Number(f.stock),
  shards: Number(f.shards),
  limit: Number(f.limit),
  tiers: null,
  storeIds: idList(f.storeIds),
})
