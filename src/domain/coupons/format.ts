/**
 * Tiny display helpers for the Chinese reasons the coupon rules return. Pages show money
 * through the price component; these exist only so a reason like 「还差 12.00 元可用」 can be
 * built where the rule is decided.
 */
import { formatMonthDay, inShanghai } from '../time'
import type { TierLadder } from './types'

/** 1200 → '12.00'. Integer arithmetic, no floating point. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

export const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** [4, 2] → 「仅限周二、周四使用」. */
export function weekdaysReason(weekdays: number[]): string {
  const names = [...new Set(weekdays)].sort((a, b) => a - b).map((d) => WEEKDAY_NAMES[d - 1] ?? `周${d}`)
  return `仅限${names.join('、')}使用`
}

/**
 * 「仅限银卡及以上会员」 when the eligible tiers are the top of the ladder, otherwise the
 * names listed; without a ladder the codes cannot be named, so a generic reason is given.
 */
export function tiersReason(tiers: string[], ladder?: TierLadder): string {
  if (!ladder?.length) return '当前会员等级不可用'
  const allowed = ladder.filter((t) => tiers.includes(t.code))
  if (!allowed.length) return '当前会员等级不可用'
  const lowest = ladder.findIndex((t) => t.code === allowed[0].code)
  const isTop = allowed.length === ladder.length - lowest
  if (isTop && allowed.length > 1) return `仅限${allowed[0].name}及以上会员`
  return `仅限${allowed.map((t) => t.name).join('、')}会员`
}

/** 「11月25日起可用」, with the time when it does not start at midnight. */
export function startsReason(validFrom: Date): string {
  const t = inShanghai(validFrom)
  const time = t.hour() || t.minute() ? ` ${t.format('HH:mm')}` : ''
  return `${formatMonthDay(validFrom)}${time}起可用`
}
