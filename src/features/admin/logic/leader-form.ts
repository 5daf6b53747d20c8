import type { LeaderRecord } from '@/contracts/admin-records'
import { ID, YUAN } from './form-numbers'

/** 审批团长 as typed: the member's card number, the store, the commission in percent. */
export interface LeaderForm {
  cardNo: string
  storeId: string
  name: string
  pickupPoint: string
  /** 5 = 5%, two decimals at most. */
  commissionPercent: string
}

export const EMPTY_LEADER_FORM: LeaderForm = { cardNo: '', storeId: '', name: '', pickupPoint: '', commissionPercent: '5' }

/** Chinese messages by field; empty when the form can be sent. */
export function leaderFormErrors(f: LeaderForm): Partial<Record<keyof LeaderForm, string>> {
  const e: Partial<Record<keyof LeaderForm, string>> = {}
  if (!/^\d{6,20}$/.test(f.cardNo)) e.cardNo = '请填写会员卡号（6–20 位数字）'
  if (!ID.test(f.storeId)) e.storeId = '请填写门店编号'
  if (!f.name.trim() || f.name.length > 20) e.name = '请填写团长称呼（20 字以内）'
  if (!f.pickupPoint.trim() || f.pickupPoint.length > 40) e.pickupPoint = '请填写自提点（40 字以内）'
  if (!(YUAN.test(f.commissionPercent) && Number(f.commissionPercent) <= 30)) e.commissionPercent = '佣金比例为 0–30（%）'
  return e
}

/** The record the admin function takes: the commission in basis points (5% = 500). */
export const leaderRecordOf = (f: LeaderForm): LeaderRecord => ({
  id: f.cardNo,
  storeId: f.storeId,
  name: f.name.trim(),
  pickupPoint: f.pickupPoint.trim(),
  commissionBp: Math.round(Number(f.commissionPercent) * 100),
})
