/** Refusals of the flash sale, with the messages the member sees. */
export const FlashCodes = {
  NOT_FOUND: 'FLASH.NOT_FOUND',
  NOT_STARTED: 'FLASH.NOT_STARTED',
  ENDED: 'FLASH.ENDED',
  SOLD_OUT: 'FLASH.SOLD_OUT',
  LIMIT: 'FLASH.LIMIT',
  TIER: 'FLASH.TIER',
  BUSY: 'FLASH.BUSY',
  STORE: 'FLASH.STORE',
  INVALID_QUANTITY: 'FLASH.INVALID_QUANTITY',
  REMINDER_UNAVAILABLE: 'FLASH.REMINDER_UNAVAILABLE',
} as const

export const FlashMessages: Record<(typeof FlashCodes)[keyof typeof FlashCodes], string> = {
  'FLASH.NOT_FOUND': '秒杀商品不存在',
  'FLASH.NOT_STARTED': '秒杀还没开始',
  'FLASH.ENDED': '本场秒杀已结束',
  'FLASH.SOLD_OUT': '已抢光',
  'FLASH.LIMIT': '已达到限购数量',
  'FLASH.TIER': '该商品仅限指定等级会员抢购',
  'FLASH.BUSY': '太火爆了，请稍后再试',
  'FLASH.STORE': '该门店不参与本场秒杀',
  'FLASH.INVALID_QUANTITY': '购买数量不正确',
  'FLASH.REMINDER_UNAVAILABLE': '开抢提醒暂未开通',
}
