import type { LedgerCode } from './lot'

/** What a member reads for each kind of ledger entry. */
export const LEDGER_TITLES: Record<LedgerCode, string> = {
  'earn.order': '购物获得',
  'earn.till': '门店消费',
  'earn.signin': '每日签到',
  'earn.campaign': '活动奖励',
  'spend.mall': '积分兑换',
  'spend.order': '下单抵扣',
  'spend.makeup': '补签',
  expire: '积分过期',
  'reverse.refund': '退款扣回',
  'adjust.admin': '积分调整',
  'return.order': '订单退回',
}
