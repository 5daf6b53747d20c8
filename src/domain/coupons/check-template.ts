import { err, ok, type Result } from '../result'
import type { CouponTemplate } from './types'

const isFen = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n > 0
const invalid = (why: string) => err('COUPON.TEMPLATE_INVALID', `优惠券配置有误：${why}`)

/**
 * Refuses a template the rules could not honour (admin configuration time), so the other
 * rules may trust their input: positive integer fen, 1..99 discount rates, a real period.
 */
export function checkTemplate(t: CouponTemplate): Result<CouponTemplate> {
  if (t.kind === 'threshold' && !(isFen(t.thresholdFen) && isFen(t.amountFen) && t.amountFen <= t.thresholdFen)) {
    return invalid('满减门槛与金额须为正整数分，且减额不超过门槛')
  }
  if (t.kind === 'cash' && !isFen(t.amountFen)) return invalid('金额须为正整数分')
  if (t.kind === 'discount') {
    if (!Number.isInteger(t.rate) || t.rate < 1 || t.rate > 99) return invalid('折扣须为 1 到 99 的整数')
    if (t.capFen !== undefined && !isFen(t.capFen)) return invalid('封顶金额须为正整数分')
  }
  if (t.kind === 'exchange' && !(t.sku && t.name)) return invalid('兑换券须指定商品')
  const v = t.validity
  if (v.kind === 'days' && !(Number.isInteger(v.days) && v.days >= 1)) return invalid('有效天数须为正整数')
  if (v.kind === 'fixed' && !(v.from.getTime() < v.to.getTime())) return invalid('有效期开始须早于结束')
  if (t.weekdays && (!t.weekdays.length || t.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7))) {
    return invalid('可用星期须为 1（周一）到 7（周日）')
  }
  if (!Number.isSafeInteger(t.stock) || t.stock < 0) return invalid('库存须为非负整数')
  if (!Number.isSafeInteger(t.perMemberLimit) || t.perMemberLimit < 1) return invalid('每人限领须为正整数')
  if (t.storeIds && !t.storeIds.length) return invalid('适用门店不能为空')
  if (t.tiers && !t.tiers.length) return invalid('适用会员等级不能为空')
  return ok(t)
}
