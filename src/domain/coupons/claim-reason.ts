import { addDays, businessDay, weekday, type BusinessDay } from '../time'
import { canClaim, type ClaimInput } from './can-claim'
import { WEEKDAY_NAMES } from './format'
const monthDay = (day: BusinessDay) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`

/** The next business day, from tomorrow on, that falls on one of `weekdays` (1 = Monday). */
function nextOn(weekdays: readonly number[], today: BusinessDay): BusinessDay {
  for (let d = addDays(today, 1), i = 0; i < 7; d = addDays(d, 1), i++) if (weekdays.includes(weekday(d))) return d
  return today
}

/**
 * Why the claim centre's button is off, said before the tap (issue 16): 「仅限金卡及以上会员」
 * for a tier the member does not have; 「每周二可领 · 下次 12月22日」 for a member-day coupon
 * on another day. Undefined when the button itself says enough (已领取, 已抢光…) or the
 * member may claim.
 */
export function claimReason(input: ClaimInput): string | undefined {
  const r = canClaim(input)
  if (r.ok) return undefined
  if (r.code === 'COUPON.TIER_NOT_ELIGIBLE') return r.message
  const days = input.template.weekdays
  if (r.code === 'COUPON.NOT_MEMBER_DAY' && days?.length) {
    const names = [...new Set(days)].sort((a, b) => a - b).map((d) => WEEKDAY_NAMES[d - 1] ?? `周${d}`)
    return `每${names.join('、')}可领 · 下次 ${monthDay(nextOn(days, businessDay(input.now)))}`
  }
  return undefined
}
