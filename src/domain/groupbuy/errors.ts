import { err, type Err } from '../result'

/** Stable codes of the group-buy context, with the message the member or leader sees. */
export const GROUPBUY_ERRORS = {
  NOT_LEADER: { code: 'GROUPBUY.NOT_LEADER', message: '仅团长可以进行此操作' },
  NOT_FOUND: { code: 'GROUPBUY.NOT_FOUND', message: '接龙不存在' },
  NOT_OPEN: { code: 'GROUPBUY.NOT_OPEN', message: '接龙未开始' },
  CLOSED: { code: 'GROUPBUY.CLOSED', message: '接龙已截止' },
  BAD_STATE: { code: 'GROUPBUY.BAD_STATE', message: '接龙当前状态不能进行此操作' },
  INVALID_QUANTITY: { code: 'GROUPBUY.INVALID_QUANTITY', message: '购买数量不正确' },
  OVER_LIMIT: { code: 'GROUPBUY.OVER_LIMIT', message: '超过每人限购数量' },
  SOLD_OUT: { code: 'GROUPBUY.SOLD_OUT', message: '接龙商品库存不足' },
  PRODUCT_NOT_FOUND: { code: 'GROUPBUY.PRODUCT_NOT_FOUND', message: '商品不存在或已下架' },
  INVALID_CHAIN: { code: 'GROUPBUY.INVALID_CHAIN', message: '接龙信息不完整或不正确' },
  ENTRY_NOT_FOUND: { code: 'GROUPBUY.ENTRY_NOT_FOUND', message: '接龙记录不存在' },
  ENTRY_BAD_STATE: { code: 'GROUPBUY.ENTRY_BAD_STATE', message: '该接龙记录当前不能进行此操作' },
} as const

export type GroupbuyErrorKey = keyof typeof GROUPBUY_ERRORS
export const groupbuyError = (key: GroupbuyErrorKey): Err => err(GROUPBUY_ERRORS[key].code, GROUPBUY_ERRORS[key].message)
