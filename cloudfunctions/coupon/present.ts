/** How coupons are shown: the wallet card and the rules of the detail page. */
import { describeCoupon, validityText, walletBadge, walletTab, weekdaysReason, type Coupon } from '@/domain/coupons'
import { formatDateTime } from '@/domain/time'

export function walletView(c: Coupon, now: Date) {
  const scope = c.scope.kind === 'all' ? { kind: 'all' as const, values: [] } : c.scope.kind === 'skus' ? { kind: 'skus' as const, values: c.scope.skus } : { kind: 'categories' as const, values: c.scope.categories }
  return {
    id: c.id,
    templateId: c.templateId,
    title: c.title,
    face: describeCoupon(c),
    status: c.status,
    tab: walletTab(c, now),
    badge: walletTab(c, now) === '可使用' ? walletBadge(c, now) : null,
    validFrom: c.validFrom.toISOString(),
    validTo: c.validTo.toISOString(),
    validity: validityText(c.validFrom, c.validTo),
    channel: c.channel,
    scope,
  }
}

export function rulesOf(c: Coupon): string[] {
  const face = describeCoupon(c)
  return [
    `优惠：${face.value}${face.unit}，${face.condition}`,
    `有效期：${formatDateTime(c.validFrom)} 至 ${formatDateTime(c.validTo)}`,
    c.weekdays?.length ? `使用时间：${weekdaysReason(c.weekdays)}` : '使用时间：每天可用',
    `使用渠道：${c.channel === 'store' ? '仅限门店' : c.channel === 'online' ? '仅限线上商城' : '门店与线上商城'}`,
    c.scope.kind === 'all' ? '适用商品：全部商品' : '适用商品：指定商品',
    c.excludeSkus?.length ? `不适用：${c.excludeSkus.length} 个商品` : null,
    c.storeIds?.length ? `适用门店：${c.storeIds.length} 家指定门店` : null,
    '每笔订单限用一张优惠券，不与其他优惠券叠加',
  ].filter((x): x is string => x !== null)
}
