/**
 * Delivery orders after payment: shipped with a parcel (WeChat's delivery company id and
 * the tracking number), then completed by the member's 确认收货 or, failing that, by
 * the order timer AUTO_COMPLETE_DAYS after shipping.
 */

/** Days after shipping when a delivery order completes by itself. */
export const AUTO_COMPLETE_DAYS = 10

export const autoCompleteAt = (shippedAt: Date): Date => new Date(shippedAt.getTime() + AUTO_COMPLETE_DAYS * 86_400_000)

/**
 * The delivery companies the ship form offers, by WeChat's delivery company id (运力 id,
 * the `express_company` of the shipping upload; the full list is get_delivery_list).
 */
export const EXPRESS_COMPANIES = [
  { id: 'SF', name: '顺丰速运' },
  { id: 'ZTO', name: '中通快递' },
  { id: 'YTO', name: '圆通速递' },
  { id: 'YD', name: '韵达快递' },
  { id: 'STO', name: '申通快递' },
  { id: 'JD', name: '京东物流' },
  { id: 'EMS', name: 'EMS' },
] as const

export const expressName = (id: string): string => EXPRESS_COMPANIES.find((c) => c.id === id)?.name ?? id
