import { formatDate } from '../time'
import { formatYuan, weekdaysReason } from './format'
import type { CouponRules } from './types'

export type CouponFace = {
  /** The big figure on the coupon: '5' (yuan), '8.5' (折) or '兑'. */
  value: string
  unit: '元' | '折' | ''
  /** 「满30元可用」, 「无门槛」, 「最高减10元」, 「免费兑换 苹果」. */
  condition: string
  /** Where and when: 「仅限周二使用 · 门店专用」. */
  usage: string
}

const trimZeros = (yuan: string) => yuan.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1')

/** How a coupon reads on its face, in the wallet and the claim centre. */
export function describeCoupon(rules: CouponRules): CouponFace {
  const usage = [
    rules.weekdays?.length ? weekdaysReason(rules.weekdays) : null,
    rules.channel === 'store' ? '门店专用' : rules.channel === 'online' ? '线上专用' : '门店线上通用',
    rules.scope.kind === 'all' ? null : '指定商品可用',
  ]
    .filter(Boolean)
    .join(' · ')
  switch (rules.kind) {
    case 'threshold':
      return { value: trimZeros(formatYuan(rules.amountFen)), unit: '元', condition: `满${trimZeros(formatYuan(rules.thresholdFen))}元可用`, usage }
    case 'cash':
      return { value: trimZeros(formatYuan(rules.amountFen)), unit: '元', condition: '无门槛', usage }
    case 'discount':
      return { value: String(rules.rate / 10), unit: '折', condition: rules.capFen ? `最高减${trimZeros(formatYuan(rules.capFen))}元` : '全场折扣', usage }
    case 'exchange':
      return { value: '兑', unit: '', condition: `免费兑换 ${rules.name}`, usage }
  }
}

/** 「2026-11-25 至 2026-12-01」. */
export const validityText = (validFrom: Date, validTo: Date): string => `${formatDate(validFrom)} 至 ${formatDate(validTo)}`
