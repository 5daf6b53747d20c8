import type { BusinessDay } from '../time'

/**
 * Whether `today` is the member's birthday. Members born on 29 February celebrate on
 * 28 February in years without one (the earlier day: a gift should not come late).
 */
export function isBirthday(birthday: string, today: BusinessDay): boolean {
  const monthDay = birthday.slice(5)
  if (monthDay === today.slice(5)) return true
  const year = Number(today.slice(0, 4))
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return monthDay === '02-29' && !leap && today.slice(5) === '02-28'
}
