import type { CartLine, Coupon, CouponRules, CouponTemplate, TierLadder } from '@/domain/coupons'

/** Tuesday 2026-11-24 (a member day) begins at 2026-11-23T16:00:00.000Z. */
export const at = (iso: string) => new Date(iso)
export const MON_LAST_MS = at('2026-11-23T15:59:59.999Z')
export const TUE_FIRST_MS = at('2026-11-23T16:00:00.000Z')
export const TUE_NOON = at('2026-11-24T04:00:00.000Z')

export const LADDER: TierLadder = [
  { code: 'normal', name: '普通会员' },
  { code: 'silver', name: '银卡' },
  { code: 'gold', name: '金卡' },
  { code: 'diamond', name: '钻石' },
]

const base = { title: '券', scope: { kind: 'all' }, channel: 'both' } as const

export function template(over: Partial<CouponTemplate> & Partial<CouponRules> = {}): CouponTemplate {
  return {
    ...base,
    kind: 'cash',
    amountFen: 500,
    id: 't1',
    validity: { kind: 'days', days: 7 },
    stock: 100,
    perMemberLimit: 1,
    issuedBy: 'center',
    refundable: true,
    ...over,
  } as CouponTemplate
}

export function coupon(over: Partial<Coupon> & Partial<CouponRules> = {}): Coupon {
  return {
    ...base,
    kind: 'cash',
    amountFen: 500,
    id: 'c1',
    templateId: 't1',
    ownerId: 'm1',
    status: 'available',
    validFrom: at('2026-11-01T00:00:00.000Z'),
    validTo: at('2026-12-31T15:59:59.999Z'),
    ...over,
  } as Coupon
}

export const line = (sku: string, priceFen: number, quantity = 1, category = 'drink'): CartLine => ({ sku, category, priceFen, quantity })
