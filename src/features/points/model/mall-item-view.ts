import { checkMallRedeem, formatPoints } from '@/domain/points'
import type { MallItem } from '@/contracts/points'

export type RedeemBlock = 'sold-out' | 'limit-reached' | 'insufficient'

export interface MallItemView {
  cost: string
  /** 「剩余 18」 or 「已兑完」. */
  stock: string
  /** 「每人限兑 1 件」. */
  limit: string
  /** 「已兑 1/1」, or null before the member's first exchange. */
  mine: string | null
  /** Why the member cannot redeem it now; null when they can. */
  block: RedeemBlock | null
  /** What the redeem button says. */
  action: string
  /** Points still missing when the balance is short. */
  shortfall: number
}

const BLOCKS: Record<string, RedeemBlock> = {
  'POINTS.SOLD_OUT': 'sold-out',
  'POINTS.LIMIT_REACHED': 'limit-reached',
  'POINTS.INSUFFICIENT': 'insufficient',
}

const ACTIONS: Record<RedeemBlock | 'ok', string> = {
  ok: '立即兑换',
  'sold-out': '已兑完',
  'limit-reached': '已达兑换上限',
  insufficient: '积分不足',
}

/**
 * What the list and the detail show for an item. The block comes from the same domain
 * rule the points function applies inside its transaction (which has the last word).
 */
export function mallItemView(item: MallItem, balance: number): MallItemView {
  const soldOut = item.left < 1
  const shortfall = Math.max(0, item.costPoints - balance)
  const check = checkMallRedeem({ ...item, balance })
  const block: RedeemBlock | null = check.ok ? null : BLOCKS[check.code] ?? null
  return {
    cost: `${formatPoints(item.costPoints)} 积分`,
    stock: soldOut ? '已兑完' : `剩余 ${formatPoints(item.left)}`,
    limit: `每人限兑 ${item.perMemberLimit} 件`,
    mine: item.redeemedByMe > 0 ? `已兑 ${item.redeemedByMe}/${item.perMemberLimit}` : null,
    block,
    action: ACTIONS[block ?? 'ok'],
    shortfall,
  }
}

/** 「确认使用 500 积分兑换 5 元无门槛券？」 (a space only before a title that starts with a digit or letter). */
export const confirmText = (item: Pick<MallItem, 'costPoints' | 'title'>): string =>
  `确认使用 ${formatPoints(item.costPoints)} 积分兑换${/^[A-Za-z0-9]/.test(item.title) ? ' ' : ''}${item.title}？`

/** '12345678' → '1234 5678': easier to read out at the counter. */
export const spacedCode = (code: string): string => code.replace(/(\d{4})(?=\d)/g, '$1 ')
