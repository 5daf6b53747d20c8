import type { PointsRulesRecord, TiersRecord } from '@/contracts/admin-records'

/** One tier's editable numbers as typed (the colours and gift text are kept as they are). */
export interface TierRow {
  name: string
  threshold: string
  multiplier: string
  /** 90 = 9 折 on member day */
  memberDayRate: string
}

export const tierRowsOf = (tiers: TiersRecord): TierRow[] =>
  tiers.map((t) => ({ name: t.name, threshold: String(t.threshold), multiplier: String(t.benefits.pointsMultiplier), memberDayRate: String(Math.round(t.benefits.memberDayDiscount * 100)) }))

/** Chinese messages by row and field; empty when the table can be saved. */
export function tierRowErrors(rows: TierRow[]): Partial<Record<keyof TierRow, string>>[] {
  return rows.map((r, i) => {
    const e: Partial<Record<keyof TierRow, string>> = {}
    if (!r.name.trim() || r.name.length > 10) e.name = '名称 1–10 字'
    if (!/^\d{1,9}$/.test(r.threshold)) e.threshold = '门槛为整数'
    else if (i === 0 && Number(r.threshold) !== 0) e.threshold = '第一个等级的门槛须为 0'
    else if (i > 0 && /^\d{1,9}$/.test(rows[i - 1].threshold) && Number(r.threshold) <= Number(rows[i - 1].threshold)) e.threshold = '门槛须高于上一等级'
    if (!(/^\d{1,2}(\.\d{1,2})?$/.test(r.multiplier) && Number(r.multiplier) >= 1 && Number(r.multiplier) <= 10)) e.multiplier = '积分倍数 1–10'
    if (!(/^\d{1,3}$/.test(r.memberDayRate) && Number(r.memberDayRate) >= 10 && Number(r.memberDayRate) <= 100)) e.memberDayRate = '会员日折扣 10–100'
    return e
  })
}

export const hasRowErrors = (errors: Partial<Record<string, string>>[]) => errors.some((e) => Object.keys(e).length > 0)

export const tiersOf = (stored: TiersRecord, rows: TierRow[]): TiersRecord =>
  stored.map((t, i) => ({
    ...t,
    name: rows[i].name.trim(),
    threshold: Number(rows[i].threshold),
    benefits: { ...t.benefits, pointsMultiplier: Number(rows[i].multiplier), memberDayDiscount: Number(rows[i].memberDayRate) / 100 },
  }))

/** The points rules as typed; the settings' own multiplier campaigns are kept as they are. */
export interface PointsRulesForm {
  ratePerYuan: string
  expiryKind: PointsRulesRecord['expiry']['kind']
  expiryDays: string
  tillCeilingYuan: string
}

export const pointsRulesFormOf = (r: PointsRulesRecord): PointsRulesForm => ({
  ratePerYuan: String(r.ratePerYuan),
  expiryKind: r.expiry.kind,
  expiryDays: r.expiry.kind === 'days' ? String(r.expiry.days) : '365',
  tillCeilingYuan: String(r.tillCeilingFen / 100),
})

export function pointsRulesErrors(f: PointsRulesForm): Partial<Record<keyof PointsRulesForm, string>> {
  const e: Partial<Record<keyof PointsRulesForm, string>> = {}
  if (!(/^\d{1,3}(\.\d{1,2})?$/.test(f.ratePerYuan) && Number(f.ratePerYuan) <= 100)) e.ratePerYuan = '每元积分为 0–100，如 1'
  if (f.expiryKind === 'days' && !(/^\d{1,5}$/.test(f.expiryDays) && Number(f.expiryDays) >= 1 && Number(f.expiryDays) <= 36_500)) e.expiryDays = '有效天数为 1–36500'
  if (!(/^\d{1,7}(\.\d{1,2})?$/.test(f.tillCeilingYuan) && Number(f.tillCeilingYuan) > 0)) e.tillCeilingYuan = '请填写单笔上限金额（元）'
  return e
}

export const pointsRulesOf = (stored: PointsRulesRecord, f: PointsRulesForm): PointsRulesRecord => ({
  ...stored,
  ratePerYuan: Number(f.ratePerYuan),
  expiry: f.expiryKind === 'days' ? { kind: 'days', days: Number(f.expiryDays) } : { kind: 'end-of-next-year' },
  tillCeilingFen: Math.round(Number(f.tillCeilingYuan) * 100),
})
