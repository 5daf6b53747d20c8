import { err, type Err } from '../result'

/** Stable codes of the order context, with the message the member sees. */
export const ORDER_ERRORS = {
  EMPTY: { code: 'ORDER.EMPTY', message: '请选择商品' },
  INVALID_QUANTITY: { code: 'ORDER.INVALID_QUANTITY', message: '购买数量不正确' },
  INVALID_PRICE: { code: 'ORDER.INVALID_PRICE', message: '商品价格有误' },
  SKU_NOT_FOUND: { code: 'ORDER.SKU_NOT_FOUND', message: '商品不存在或已下架' },
  SOLD_OUT: { code: 'ORDER.SOLD_OUT', message: '商品库存不足' },
  NOT_IN_STORE: { code: 'ORDER.NOT_IN_STORE', message: '该门店暂不销售所选商品' },
  STORE_NOT_FOUND: { code: 'ORDER.STORE_NOT_FOUND', message: '门店不存在' },
  PRICE_CHANGED: { code: 'ORDER.PRICE_CHANGED', message: '价格已变化，请确认后重新提交' },
  NOT_FOUND: { code: 'ORDER.NOT_FOUND', message: '订单不存在' },
  BAD_STATE: { code: 'ORDER.BAD_STATE', message: '订单当前状态不能进行此操作' },
  COUPON_NOT_USABLE: { code: 'ORDER.COUPON_NOT_USABLE', message: '所选优惠券不可用' },
  REFUND_AMOUNT: { code: 'ORDER.REFUND_AMOUNT', message: '退款金额不正确' },
  WRONG_STORE: { code: 'ORDER.WRONG_STORE', message: '该订单不在本门店自提' },
  PICKUP_CODE_INVALID: { code: 'ORDER.PICKUP_CODE_INVALID', message: '无效的提货码' },
  PICKUP_CODE_EXPIRED: { code: 'ORDER.PICKUP_CODE_EXPIRED', message: '提货码已过期，请让顾客刷新后重试' },
  PICKUP_CODE_AMBIGUOUS: { code: 'ORDER.PICKUP_CODE_AMBIGUOUS', message: '请扫描顾客的提货二维码' },
  PAY_FAILED: { code: 'ORDER.PAY_FAILED', message: '发起支付失败，请稍后重试' },
  REFUND_FAILED: { code: 'ORDER.REFUND_FAILED', message: '退款申请失败，请稍后重试' },
  HOLD_EXPIRED: { code: 'ORDER.HOLD_EXPIRED', message: '下单超时，请重新提交订单' },
  NOT_DELIVERY: { code: 'ORDER.NOT_DELIVERY', message: '该订单不是快递配送订单' },
} as const

export type OrderErrorKey = keyof typeof ORDER_ERRORS

export const orderError = (key: OrderErrorKey): Err => err(ORDER_ERRORS[key].code, ORDER_ERRORS[key].message)
