import type { TeamOfferRecord } from '@/contracts/admin-records'
import { fenOf, ID, idList, wholeIn, YUAN } from './form-numbers'

/** 新建拼团 as typed: one SKU at a team price (yuan), the team size, the window in hours. */
export interface TeamOfferForm {
  id: string
  skuId: string
  teamPriceYuan: string
  size: string
  windowHours: string
  perMemberLimit: string
  storeIds: string
}

export const EMPTY_TEAM_OFFER_FORM: TeamOfferForm = { id: '', skuId: '', teamPriceYuan: '', size: '3', windowHours: '24', perMemberLimit: '1', storeIds: '' }

/** Chinese messages by field; empty when the form can be sent (the price below the list price is checked by the server). */
export function teamOfferFormErrors(f: TeamOfferForm): Partial<Record<keyof TeamOfferForm, string>> {
  const e: Partial<Record<keyof TeamOfferForm, string>> = {}
  if (!ID.test(f.id)) e.id = '编号为 1–64 位字母、数字、- 或 _'
  if (!ID.test(f.skuId)) e.skuId = '请填写商品规格编号'
  if (!(YUAN.test(f.teamPriceYuan) && fenOf(f.teamPriceYuan) >= 1)) e.teamPriceYuan = '请填写拼团价，至少 0.01 元'
  if (!wholeIn(f.size, 2, 10)) e.size = '成团人数为 2–10'
  if (!wholeIn(f.windowHours, 1, 72)) e.windowHours = '成团时限为 1–72 小时'
  if (!wholeIn(f.perMemberLimit, 1, 99)) e.perMemberLimit = '每人限购 1–99 件'
  if (!idList(f.storeIds).length || idList(f.storeIds).some((id) => !ID.test(id))) e.storeIds = '请填写自提门店编号，逗号分隔'
  return e
}

/** The record the admin function takes, from a form without errors: money in fen. */
export const teamOfferRecordOf = (f: TeamOfferForm): TeamOfferRecord => ({
  id: f.id,
  skuId: f.skuId,
  teamPriceFen: fenOf(f.teamPriceYuan),
  size: Number(f.size),
  windowHours: Number(f.windowHours),
  perMemberLimit: Number(f.perMemberLimit),
  storeIds: idList(f.storeIds),
})
