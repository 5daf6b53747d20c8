import type { MemberCard } from '@/contracts/member'

export interface BenefitLine {
  key: 'points' | 'birthday' | 'memberDay' | 'delivery'
  title: string
  detail: string
}

type Benefits = MemberCard['tier']['benefits']

/** 0.9 → '9 折', 0.95 → '9.5 折', 0.88 → '8.8 折' (the way shops write discounts). */
export function discountText(rate: number): string {
  const tenths = Math.round(rate * 100) / 10
  return `${Number.isInteger(tenths) ? tenths.toFixed(0) : String(tenths)} 折`
}

/** '1.2' → 'x1.2', 2 → 'x2'. */
export const multiplierText = (m: number): string => `x${Math.round(m * 100) / 100}`

/** The tier's benefits as the card lists them; benefits the tier lacks are left out. */
export function benefitLines(b: Benefits): BenefitLine[] {
  const lines: BenefitLine[] = []
  lines.push(
    b.pointsMultiplier > 1
      ? { key: 'points', title: `积分 ${multiplierText(b.pointsMultiplier)}`, detail: `消费积分 ${Math.round(b.pointsMultiplier * 100) / 100} 倍累计` }
      : { key: 'points', title: '消费积分', detail: '消费即得积分，积分当钱花' },
  )
  if (b.birthdayGift) lines.push({ key: 'birthday', title: '生日礼', detail: b.birthdayGift })
  if (b.memberDayDiscount > 0 && b.memberDayDiscount < 1) {
    lines.push({ key: 'memberDay', title: `会员日 ${discountText(b.memberDayDiscount)}`, detail: '会员日到店消费专享折扣' })
  }
  if (b.freeDelivery) lines.push({ key: 'delivery', title: '包邮', detail: '线上订单免运费' })
  return lines
}
